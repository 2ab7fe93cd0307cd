package org.tsunagu.store.resolution;

import java.util.Optional;
import org.tsunagu.model.entity.EntityType;

/** Which entities to list: by type and by a name or alias containing some text. */
public record EntityQuery(Optional<EntityType> type, Optional<String> text, int limit, int offset) {

    public static final int MAX_LIMIT = 1_000;

    public EntityQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
        text = text.filter(t -> !t.isBlank());
    }

    public static EntityQuery all() {
        return new EntityQuery(Optional.empty(), Optional.empty(), 50, 0);
    }

    public EntityQuery withType(EntityType value) {
        return new EntityQuery(Optional.ofNullable(value), text, limit, offset);
    }

    public EntityQuery withText(String value) {
        return new EntityQuery(type, Optional.ofNullable(value), limit, offset);
    }

    public EntityQuery withLimit(int value) {
        return new EntityQuery(type, text, value, offset);
    }

    public EntityQuery withOffset(int value) {
        return new EntityQuery(type, text, limit, value);
    }
}
