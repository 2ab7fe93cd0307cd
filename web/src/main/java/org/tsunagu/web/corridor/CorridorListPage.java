package org.tsunagu.web.corridor;

import java.util.List;
import org.tsunagu.store.resolution.Entity;

/** The corridors an entity is an end of, as investor or exporter, or as destination. */
record CorridorListPage(Entity entity, List<Corridor> corridors) {
}
