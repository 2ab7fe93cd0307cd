package org.tsunagu.store.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names and text are compared in: lower case, no diacritics, single spaces. "Đà Nẵng",
 * "DA  NANG" and "Da Nang" all fold to "da nang".
 */
public final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Folding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return WHITESPACE.matcher(withoutUndecomposableLetters(unmarked)).replaceAll(" ").strip();
    }

    /** Letters whose stroke or ligature NFD does not split off: Vietnamese đ above all. */
    private static String withoutUndecomposableLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'đ' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
