package org.tsunagu.store.graph;

import java.util.List;

/**
 * The shortest paths between two entities, each a list of entity ids from one to the other, and
 * the network they run through. Empty when none is at most {@link PathFinder#MAX_STEPS} steps
 * long; {@code truncated} when the search or the list of paths was cut short.
 */
public record Paths(List<List<Long>> paths, Graph graph, boolean truncated) {

    public Paths {
        paths = paths.stream().map(List::copyOf).toList();
    }

    public int length() {
        return paths.isEmpty() ? 0 : paths.get(0).size() - 1;
    }
}
