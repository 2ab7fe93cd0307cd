package org.tsunagu.store.resolution;

import java.util.Optional;
import org.tsunagu.model.entity.EntityType;

/** Enough of an entity to name it and link to it: a place's level too ("city"). */
public record EntityLink(long id, String name, EntityType type, Optional<String> level) {
}
