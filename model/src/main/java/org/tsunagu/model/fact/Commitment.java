package org.tsunagu.model.fact;

import java.util.Objects;
import org.tsunagu.model.document.Span;

/**
 * Something the parties of an agreement undertake to do: "support companies at trade shows". The
 * owner is the party's name, or {@link #BOTH} when the parties undertake it together; the text is a
 * short verb phrase; the span is where the text says it.
 */
public record Commitment(String owner, String text, Span span) {

    public static final String BOTH = "both";

    public Commitment {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(span, "span");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a commitment needs a text");
        }
    }
}
