package org.tsunagu.model.entity;

import java.util.Objects;
import org.tsunagu.model.document.Span;

/**
 * A fact's argument: the name as the document gives it (the most complete form found), its type,
 * and the span of the mention the fact was read from. When the argument was reached through a
 * short reference ("the prefecture", "he"), {@code span} points at that reference.
 */
public record EntityRef(String name, EntityType type, Span span) {

    public EntityRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
    }
}
