package org.tsunagu.extraction.internal.text;

import org.tsunagu.model.document.Span;

/** A sentence, or a line of a list or heading, as a span and the range of its tokens [first, end). */
public record Sentence(int index, Span span, int firstToken, int endToken) {

    public boolean containsToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
