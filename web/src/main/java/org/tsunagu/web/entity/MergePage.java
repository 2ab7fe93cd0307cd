package org.tsunagu.web.entity;

import java.util.List;
import org.tsunagu.store.resolution.Entity;

/** Two entities side by side, and the form that merges them under the name the curator keeps. */
record MergePage(Entity first, Entity second, String csrf) {

    List<Entity> both() {
        return List.of(first, second);
    }

    /** The name kept unless the curator chooses the other: that of the entity mentioned more. */
    boolean keptByDefault(Entity entity) {
        Entity more = second.mentions() > first.mentions() ? second : first;
        return entity.id() == more.id();
    }
}
