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
        // Twice the length: ß, æ and œ become two letters.
        char[] out = new char[2 * text.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (c >= 0x80 && kind(c) != INERT) {
                return null;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            if (c < 0x80) {
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                length = appendUndecomposable(out, length, c);
            }
        }
        if (space) {
            out[length++] = ' ';
        }
        return new String(out, 0, length).strip();
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
        char[] out = new char[2 * text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length = appendUndecomposable(out, length, text.charAt(i));
        }
        return new String(out, 0, length);
    }

    /** Writes {@code c} at {@code at}, or the letters it stands for; returns where the next goes. */
    private static int appendUndecomposable(char[] out, int at, char c) {
        String letters = switch (c) {
            case 'đ' -> "d";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            default -> null;
        };
        if (letters == null) {
            out[at] = c;
            return at + 1;
        }
        letters.getChars(0, letters.length(), out, at);
        return at + letters.length();
    }
}
