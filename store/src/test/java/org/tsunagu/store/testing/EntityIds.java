package org.tsunagu.store.testing;

import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;

/** Finds a stored entity's id by its name, for tests that address entities by id. */
public final class EntityIds {

    private EntityIds() {
    }

    public static long of(Database database, String name) {
        return database.entities(EntityQuery.all().withText(name).withLimit(EntityQuery.MAX_LIMIT)).items().stream()
                .filter(e -> e.name().equals(name)).findFirst().map(Entity::id)
                .orElseThrow(() -> new AssertionError("no entity named " + name));
    }
}
