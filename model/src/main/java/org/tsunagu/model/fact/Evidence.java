package org.tsunagu.model.fact;

import java.util.Objects;
import org.tsunagu.model.document.Span;

/**
 * Where a fact was read: the document, the index and span of its sentence, and the span of the
 * words that state it (the trigger: "signed", "sister city", "932 million USD").
 */
public record Evidence(String document, int sentenceIndex, Span sentence, Span trigger) {

    public Evidence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
    }
}
