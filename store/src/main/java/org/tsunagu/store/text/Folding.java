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

    // What fold does to each character, learnt on first sight of it. Races only ever write the
    // same value, and a byte is written whole, so threads share the table without locking.
    private static final byte UNKNOWN = 0;
    private static final byte INERT = 1;
    private static final byte CHANGED = 2;
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    private Folding() {
    }

    public static String fold(String text) {
        String folded = foldCharByChar(text);
        return folded != null ? folded : foldWhole(text);
    }

    /** Folding by its definition, step after step over the whole text. */
    static String foldWhole(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return WHITESPACE.matcher(withoutUndecomposableLetters(unmarked)).replaceAll(" ").strip();
    }

    /**
     * The same result as {@link #foldWhole} in one pass, for text of ASCII and of characters that
     * case, decomposition and whitespace leave alone (dashes, arrows, currency signs, kanji);
     * null when the text has any other character. Such characters have no combining class, so
     * folding them one by one gives what folding the whole text gives, and most text is like that.
     */
    private static String foldCharByChar(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                    space = true;
                    continue;
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (kind(c) != INERT) {
                return null;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            appendUndecomposable(out, c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    private static byte kind(char c) {
        byte kind = KINDS[c];
        if (kind == UNKNOWN) {
            String alone = String.valueOf(c);
            boolean inert = !Character.isSurrogate(c) && alone.equals(foldAlone(alone))
                    && !COMBINING_MARKS.matcher(alone).matches() && !WHITESPACE.matcher(alone).matches();
            kind = inert ? INERT : CHANGED;
            KINDS[c] = kind;
        }
        return kind;
    }

    /** A character that lower case and NFD leave as it is; its undecomposable form is applied later. */
    private static String foldAlone(String character) {
        return Normalizer.normalize(character.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    }

    /** Letters whose stroke or ligature NFD does not split off: Vietnamese đ above all. */
    private static String withoutUndecomposableLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            appendUndecomposable(out, text.charAt(i));
        }
        return out.toString();
    }

    private static void appendUndecomposable(StringBuilder out, char c) {
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
}
