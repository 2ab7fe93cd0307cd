package org.tsunagu.web.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphNode;

/**
 * A network as it is drawn: what is left of it once the reader's choices have hidden some
 * entities, the country of each entity, and every country of the network before hiding with how
 * many of its entities it has, so that a hidden country can still be shown again.
 */
record NetworkView(Graph graph, Map<Long, String> countryOf, List<CountryShare> countries) {

    /** A country and how many of the network's entities lie in it. */
    record CountryShare(String name, long entities) {
    }

    NetworkView {
        countryOf = Map.copyOf(countryOf);
        countries = List.copyOf(countries);
    }

    static NetworkView of(Graph whole, Map<Long, String> countryOf, Hiding hiding, long centre) {
        Map<String, Long> counts = whole.nodes().stream().map(GraphNode::id).filter(countryOf::containsKey)
                .collect(Collectors.groupingBy(countryOf::get, TreeMap::new, Collectors.counting()));
        hiding.countries().forEach(country -> counts.putIfAbsent(country, 0L));
        List<CountryShare> countries = counts.entrySet().stream()
                .map(e -> new CountryShare(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CountryShare::entities).reversed().thenComparing(CountryShare::name))
                .toList();
        return new NetworkView(hiding.apply(whole, countryOf, centre), countryOf, countries);
    }
}
