package org.tsunagu.extraction.internal.text;

import org.tsunagu.model.document.Span;

/** One word, number or punctuation mark, with its folded form for matching. */
public record Token(int index, Span span, String text, String folded) {

    public boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** Starts with an upper-case letter ("Kyoto", "JETRO", "People's"). */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all upper case ("JETRO", "MOU"). */
    public boolean isAcronym() {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean is(String foldedWord) {
        return folded.equals(foldedWord);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
