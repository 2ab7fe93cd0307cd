package org.tsunagu.store.graph;

import java.util.List;

/** Entities and the ties between them; {@code truncated} when there was more than the bounds let in. */
public record Graph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static Graph empty() {
        return new Graph(List.of(), List.of(), false);
    }
}
