package org.tsunagu.web.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.graph.Paths;
import org.tsunagu.store.resolution.Entity;

/**
 * The network page: around an entity ({@code start}), the paths from it to {@code target}, or the
 * most connected entities when none is chosen; the filters that shaped it; the network as JSON for
 * the script to draw, and as links for readers without it. {@code choices} are the entities a
 * name typed in the form could mean.
 */
record NetworkPage(Filters filters, Optional<Entity> start, Optional<Entity> target, Graph graph,
        Optional<Paths> paths, String json, List<Entity> choices) {

    /** The form's values, echoed back. */
    record Filters(int depth, Set<FactType> kinds, Optional<Integer> from, Optional<Integer> to, String toName) {
    }

    String title() {
        return heading() + " · Tsunagu";
    }

    String heading() {
        if (start.isPresent() && target.isPresent()) {
            return "Paths from " + start.get().name() + " to " + target.get().name();
        }
        return start.map(e -> "Network around " + e.name()).orElse("The most connected entities");
    }

    List<FactType> kinds() {
        return List.of(FactType.values());
    }

    boolean selected(FactType kind) {
        return filters.kinds().contains(kind);
    }

    List<Integer> depths() {
        return List.of(1, GraphQuery.MAX_DEPTH);
    }

    String from() {
        return filters.from().map(String::valueOf).orElse("");
    }

    String to() {
        return filters.to().map(String::valueOf).orElse("");
    }

    /** Each path as its entities in order. */
    List<List<GraphNode>> pathNodes() {
        Map<Long, GraphNode> byId = graph.nodes().stream()
                .collect(Collectors.toMap(GraphNode::id, Function.identity()));
        return paths.map(p -> p.paths().stream().map(path -> path.stream().map(byId::get).toList()).toList())
                .orElse(List.of());
    }

    /** The entities of the network by distance from its centre, for a reader without the drawing. */
    Map<Integer, List<GraphNode>> byDistance() {
        return graph.nodes().stream().collect(Collectors.groupingBy(GraphNode::distance, TreeMap::new,
                Collectors.toList()));
    }

    long centre() {
        return start.map(Entity::id).orElse(0L);
    }
}
