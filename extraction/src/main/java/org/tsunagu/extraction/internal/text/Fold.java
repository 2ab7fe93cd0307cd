package org.tsunagu.extraction.internal.text;

import java.text.Normalizer;
import java.util.Locale;

/** The folded form words are matched in: no accents, lower case, Vietnamese đ as d, curly quotes straight. */
public final class Fold {

    private Fold() {
    }

    public static String fold(String text) {
        boolean plain = true;
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            char c = text.charAt(i);
            ascii = c < 0x80;
            plain &= ascii && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            return text;
        }
        if (ascii) {
            // most capitalised words: lower-casing is all there is to do, without decomposing
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ', 'Đ' -> out.append('d');
                case '\u2019', '\u2018', '\u02BC' -> out.append('\'');
                case '\u201C', '\u201D' -> out.append('"');
                case '\u2013', '\u2014' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
