package org.tsunagu.web.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.resolution.Entity;

/**
 * The id of each canonical entity by type and name. A knowledge fact names its entities by their
 * canonical names, so this is how an export links a fact to the entities' nodes. Two entities of
 * one type with the same name (only a person's split can make them) both keep their nodes; facts
 * link to the older one.
 */
final class EntityIndex {

    private final Map<String, Long> ids = new HashMap<>();

    void add(Entity entity) {
        ids.putIfAbsent(key(entity.type(), entity.name()), entity.id());
    }

    Optional<Long> id(EntityRef ref) {
        return id(ref.type(), ref.name());
    }

    Optional<Long> id(EntityType type, String name) {
        return Optional.ofNullable(ids.get(key(type, name)));
    }

    private static String key(EntityType type, String name) {
        return type.code() + '\u0000' + name;
    }
}
