package org.tsunagu.store.graph;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;

/**
 * Which part of the network to read: the neighbourhood of {@code entity} to {@code depth} steps
 * (1 or 2), through facts of the given kinds whose year lies in [from, to] (facts of no known
 * year are left out when a bound is given), at most {@code maxNodes} entities.
 */
public record GraphQuery(long entity, int depth, Set<FactType> kinds, Optional<Integer> from, Optional<Integer> to,
        int maxNodes) {

    public static final int MAX_DEPTH = 2;
    public static final int DEFAULT_MAX_NODES = 300;

    public GraphQuery {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 1 or 2, not " + depth);
        }
        kinds = kinds.isEmpty() ? EnumSet.allOf(FactType.class) : EnumSet.copyOf(kinds);
        if (maxNodes < 2) {
            throw new IllegalArgumentException("a network needs room for 2 entities, not " + maxNodes);
        }
    }

    public static GraphQuery around(long entity) {
        return new GraphQuery(entity, 1, Set.of(), Optional.empty(), Optional.empty(), DEFAULT_MAX_NODES);
    }

    public GraphQuery withDepth(int value) {
        return new GraphQuery(entity, value, kinds, from, to, maxNodes);
    }

    public GraphQuery withKinds(Set<FactType> value) {
        return new GraphQuery(entity, depth, value, from, to, maxNodes);
    }

    public GraphQuery withYears(Optional<Integer> first, Optional<Integer> last) {
        return new GraphQuery(entity, depth, kinds, first, last, maxNodes);
    }

    public GraphQuery withMaxNodes(int value) {
        return new GraphQuery(entity, depth, kinds, from, to, value);
    }
}
