package org.tsunagu.store.resolution;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityType;

/**
 * A canonical entity: its name, every name it was mentioned by, where it lies (a place's level
 * in the words users use, "prefecture", "province", "city", and its parent) or what it governs,
 * whether a person merged or split it, and a place's name in its own language ("Đà Nẵng").
 */
public record Entity(long id, EntityType type, String name, List<String> aliases, Optional<String> level,
        Optional<String> parent, Optional<String> governs, long mentions, boolean curated,
        Optional<String> nativeName) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
