package org.tsunagu.store.graph;

import java.util.Optional;
import org.tsunagu.model.entity.EntityType;

/** An entity in a network, {@code distance} steps from where the network was read from. */
public record GraphNode(long id, String name, EntityType type, Optional<String> level, int distance) {
}
