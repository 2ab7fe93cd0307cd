package org.tsunagu.store.fact;

import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;

/**
 * Which facts to find: of one type or all, those whose summary, argument names or evidence
 * sentence contain the text (ignoring case and diacritics), newest first, one page at a time.
 * A limit above {@value #MAX_LIMIT} is lowered to it.
 */
public record FactQuery(Optional<FactType> type, Optional<String> text, int limit, int offset) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public FactQuery {
        Objects.requireNonNull(type, "type");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset: " + offset);
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    public static FactQuery all() {
        return new FactQuery(Optional.empty(), Optional.empty(), DEFAULT_LIMIT, 0);
    }

    public FactQuery withType(FactType type) {
        return new FactQuery(Optional.ofNullable(type), text, limit, offset);
    }

    public FactQuery withText(String text) {
        return new FactQuery(type, Optional.ofNullable(text), limit, offset);
    }

    public FactQuery withLimit(int limit) {
        return new FactQuery(type, text, limit, offset);
    }

    public FactQuery withOffset(int offset) {
        return new FactQuery(type, text, limit, offset);
    }
}
