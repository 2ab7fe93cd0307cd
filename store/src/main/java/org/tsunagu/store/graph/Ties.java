package org.tsunagu.store.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;

/** The ties that facts make between the entities of a network, counted by pair and kind. */
final class Ties {

    private static final Comparator<GraphEdge> DRAWING_ORDER = Comparator.comparingLong(GraphEdge::source)
            .thenComparingLong(GraphEdge::target).thenComparing(GraphEdge::kind);

    private final Set<Long> entities;
    private final Map<Key, GraphEdge> edges = new HashMap<>();

    private record Key(long source, long target, FactType kind) {
    }

    Ties(Set<Long> entities) {
        this.entities = entities;
    }

    /** Each pair of the network's entities the fact names is tied once more. */
    void add(NamedFact fact) {
        List<Long> inside = fact.entities().stream().filter(entities::contains).distinct().sorted().toList();
        for (int i = 0; i < inside.size(); i++) {
            for (int j = i + 1; j < inside.size(); j++) {
                Key key = new Key(inside.get(i), inside.get(j), fact.kind());
                edges.merge(key, new GraphEdge(key.source(), key.target(), key.kind(), 1, fact.year(), fact.year()),
                        Ties::combine);
            }
        }
    }

    int count() {
        return edges.size();
    }

    /** The {@code max} ties backed by the most facts, in the order the network draws them. */
    List<GraphEdge> strongest(int max) {
        List<GraphEdge> all = new ArrayList<>(edges.values());
        all.sort(Comparator.comparingInt(GraphEdge::facts).reversed().thenComparing(DRAWING_ORDER));
        List<GraphEdge> kept = new ArrayList<>(all.subList(0, Math.min(max, all.size())));
        kept.sort(DRAWING_ORDER);
        return kept;
    }

    private static GraphEdge combine(GraphEdge a, GraphEdge b) {
        return new GraphEdge(a.source(), a.target(), a.kind(), a.facts() + b.facts(), earlier(a.firstYear(), b.firstYear()),
                later(a.lastYear(), b.lastYear()));
    }

    private static Optional<Integer> earlier(Optional<Integer> a, Optional<Integer> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Math.min(a.get(), b.get()));
    }

    private static Optional<Integer> later(Optional<Integer> a, Optional<Integer> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Math.max(a.get(), b.get()));
    }
}
