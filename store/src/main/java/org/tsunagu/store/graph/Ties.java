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

        /**
         * The pair's ids mixed (Stafford's variant 13 of the MurmurHash3 finaliser): the record's
         * own 31·a + b gives many pairs of nearby ids one hash, and in a profile of a two-step
         * network a third of the time spent adding ties went to walking the collided bins.
         */
        @Override
        public int hashCode() {
            long mixed = source * 0x9E3779B97F4A7C15L + target;
            mixed = (mixed ^ (mixed >>> 30)) * 0xBF58476D1CE4E5B9L;
            mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
            mixed ^= mixed >>> 31;
            return (int) (mixed ^ (mixed >>> 32)) * 31 + kind.ordinal();
        }
    }

    Ties(Set<Long> entities) {
        this.entities = entities;
    }

    /** Each pair of the network's entities the fact names is tied once more. */
    void add(NamedFact fact) {
        List<Long> inside = new ArrayList<>(fact.entities().size());
        for (long entity : fact.entities()) {
            if (entities.contains(entity) && !inside.contains(entity)) {
                inside.add(entity);
            }
        }
        inside.sort(null);
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
