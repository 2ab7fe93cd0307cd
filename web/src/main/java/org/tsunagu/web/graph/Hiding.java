package org.tsunagu.web.graph;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphEdge;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.web.QueryParameters;

/**
 * What a reader chose to leave out of a drawn network: the entities that lie in some countries
 * ({@code hide_country}, repeated; the country itself too), and hubs, entities tied to more than
 * {@code max_ties} others in the network, which pull every other entity towards them. The entity
 * the network is drawn around always stays: it is what the reader asked about.
 */
record Hiding(Set<String> countries, Optional<Integer> maxTies) {

    static final int MOST_TIES = 10_000;
    /** Nothing hidden: how paths between two entities are shown. */
    static final Hiding NOTHING = new Hiding(Set.of(), Optional.empty());

    Hiding {
        countries = Set.copyOf(countries);
    }

    static Hiding of(Context ctx) {
        Set<String> countries = new LinkedHashSet<>();
        ctx.queryParams("hide_country").stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(countries::add);
        return new Hiding(countries, QueryParameters.optionalNumber(ctx, "max_ties", 1, MOST_TIES));
    }

    /** The graph without the hidden entities and their ties; {@code countryOf} gives each entity's country. */
    Graph apply(Graph graph, Map<Long, String> countryOf, long centre) {
        Map<Long, Set<Long>> neighbours = new HashMap<>();
        for (GraphEdge edge : graph.edges()) {
            neighbours.computeIfAbsent(edge.source(), id -> new HashSet<>()).add(edge.target());
            neighbours.computeIfAbsent(edge.target(), id -> new HashSet<>()).add(edge.source());
        }
        Set<Long> hidden = new HashSet<>();
        for (GraphNode node : graph.nodes()) {
            String country = countryOf.get(node.id());
            boolean inHiddenCountry = country != null && countries.contains(country);
            boolean hub = maxTies.filter(max -> neighbours.getOrDefault(node.id(), Set.of()).size() > max).isPresent();
            if (node.id() != centre && (inHiddenCountry || hub)) {
                hidden.add(node.id());
            }
        }
        List<GraphNode> nodes = graph.nodes().stream().filter(n -> !hidden.contains(n.id())).toList();
        List<GraphEdge> edges = graph.edges().stream()
                .filter(e -> !hidden.contains(e.source()) && !hidden.contains(e.target())).toList();
        return new Graph(nodes, edges, graph.truncated());
    }
}
