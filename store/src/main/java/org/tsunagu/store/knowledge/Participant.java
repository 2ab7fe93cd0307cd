package org.tsunagu.store.knowledge;

import org.tsunagu.model.entity.EntityType;

/** A canonical entity in one of a fact's roles ("party" 0, "investor"), with its name and type. */
public record Participant(String role, int position, long entity, String name, EntityType type) {
}
