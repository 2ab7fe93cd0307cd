package org.tsunagu.store;

import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.graph.GraphReader;

/**
 * The networks drawn last, drawn again only when the store changed: a two-step network costs
 * 190–300 ms of processor time at a million articles, and the networks of an agency's partners
 * are opened again and again between two ingests. A review decision changes the store too, so a
 * rejected fact stops tying at once.
 */
final class KeptNetworks {

    private final KeptUntilChanged<GraphQuery, Optional<Graph>> neighbourhoods = new KeptUntilChanged<>(64);
    private final KeptUntilChanged<MostConnected, Graph> mostConnected = new KeptUntilChanged<>(16);

    Optional<Graph> neighbourhood(Handle handle, GraphQuery query) {
        return neighbourhoods.get(handle, query, () -> GraphReader.exists(handle, query.entity())
                ? Optional.of(GraphReader.neighbourhood(handle, query)) : Optional.empty());
    }

    Graph mostConnected(Handle handle, Set<FactType> kinds, int limit) {
        return mostConnected.get(handle, new MostConnected(Set.copyOf(kinds), limit),
                () -> GraphReader.mostConnected(handle, kinds, limit));
    }

    private record MostConnected(Set<FactType> kinds, int limit) {
    }
}
