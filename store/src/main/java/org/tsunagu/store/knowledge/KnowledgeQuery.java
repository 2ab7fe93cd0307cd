package org.tsunagu.store.knowledge;

import java.util.Optional;
import org.tsunagu.model.fact.FactType;

/** Which knowledge facts to list: by type, review state and entity; rejected ones only when asked. */
public record KnowledgeQuery(Optional<FactType> type, Optional<ReviewState> state, Optional<Long> entity, int limit,
        int offset) {

    public static final int MAX_LIMIT = 1_000;

    public KnowledgeQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
    }

    public static KnowledgeQuery all() {
        return new KnowledgeQuery(Optional.empty(), Optional.empty(), Optional.empty(), 50, 0);
    }

    public KnowledgeQuery withType(FactType value) {
        return new KnowledgeQuery(Optional.ofNullable(value), state, entity, limit, offset);
    }

    public KnowledgeQuery withState(ReviewState value) {
        return new KnowledgeQuery(type, Optional.ofNullable(value), entity, limit, offset);
    }

    public KnowledgeQuery withEntity(Long value) {
        return new KnowledgeQuery(type, state, Optional.ofNullable(value), limit, offset);
    }

    public KnowledgeQuery withLimit(int value) {
        return new KnowledgeQuery(type, state, entity, value, offset);
    }

    public KnowledgeQuery withOffset(int value) {
        return new KnowledgeQuery(type, state, entity, limit, value);
    }
}
