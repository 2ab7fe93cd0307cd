package org.tsunagu.store.resolution;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityType;

/**
 * A canonical entity: its name, every name it was mentioned by, where it lies (a place's level
 * and parent) or what it governs, and whether a person merged or split it.
 */
public record Entity(long id, EntityType type, String name, List<String> aliases, Optional<String> level,
        Optional<String> parent, Optional<String> governs, long mentions, boolean curated) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
