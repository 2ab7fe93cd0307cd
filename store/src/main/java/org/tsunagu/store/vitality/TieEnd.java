package org.tsunagu.store.vitality;

import java.util.Optional;
import org.tsunagu.model.entity.EntityType;

/** A place or organisation at one end of a tie, with the country it lies in or governs, when known. */
public record TieEnd(long id, String name, EntityType type, Optional<String> country) {
}
