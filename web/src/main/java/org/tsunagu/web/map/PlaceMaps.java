package org.tsunagu.web.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphEdge;
import org.tsunagu.store.graph.GraphNode;

/**
 * Draws a network on a map. An entity is drawn at its reference place when that place has
 * coordinates; a tie is drawn when both its entities are, at two different places (a city and its
 * own government are one point). With a country, only ties with an end in it are kept, and the
 * places at their ends and in the country.
 */
final class PlaceMaps {

    private final ReferencePlaces reference;

    PlaceMaps(ReferencePlaces reference) {
        this.reference = reference;
    }

    PlaceMap draw(Graph graph, Map<Long, String> placeIds, Optional<String> country) {
        Map<Long, ReferencePlace> located = located(graph, placeIds);
        Map<String, ReferencePlace> countries = new TreeMap<>();
        located.values().stream().map(reference::countryOf).forEach(c -> countries.put(c.name(), c));

        Map<TieKey, PlaceMap.Tie> ties = new LinkedHashMap<>();
        Map<String, ReferencePlace> drawn = new LinkedHashMap<>();
        for (GraphEdge edge : graph.edges()) {
            ReferencePlace a = located.get(edge.source());
            ReferencePlace b = located.get(edge.target());
            if (a == null || b == null || a.id().equals(b.id()) || !(within(a, country) || within(b, country))) {
                continue;
            }
            boolean ordered = a.id().compareTo(b.id()) < 0;
            TieKey key = new TieKey(ordered ? a.id() : b.id(), ordered ? b.id() : a.id(), edge.kind());
            ties.merge(key, key.tie(edge), TieKey::join);
            drawn.put(a.id(), a);
            drawn.put(b.id(), b);
        }
        located.values().stream().filter(place -> within(place, country)).forEach(p -> drawn.put(p.id(), p));
        return new PlaceMap(places(graph, located, drawn.values()), List.copyOf(ties.values()),
                List.copyOf(countries.values()), graph.nodes().size() - located.size(), graph.truncated());
    }

    /** The reference place of each entity that has one with coordinates, by entity id. */
    private Map<Long, ReferencePlace> located(Graph graph, Map<Long, String> placeIds) {
        Map<Long, ReferencePlace> located = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            Optional.ofNullable(placeIds.get(node.id())).flatMap(reference::byId)
                    .filter(place -> place.coordinates().isPresent())
                    .ifPresent(place -> located.put(node.id(), place));
        }
        return located;
    }

    /** The places drawn, by name, each with the entities of the network at it. */
    private List<PlaceMap.Place> places(Graph graph, Map<Long, ReferencePlace> located,
            Collection<ReferencePlace> drawn) {
        Map<String, List<PlaceMap.Member>> members = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            ReferencePlace place = located.get(node.id());
            if (place != null) {
                members.computeIfAbsent(place.id(), id -> new ArrayList<>())
                        .add(new PlaceMap.Member(node.id(), node.name()));
            }
        }
        List<PlaceMap.Place> places = new ArrayList<>();
        for (ReferencePlace place : drawn) {
            places.add(new PlaceMap.Place(place.id(), place.name(), place.kind(), reference.countryOf(place).id(),
                    place.coordinates().orElseThrow(), members.get(place.id())));
        }
        places.sort(Comparator.comparing(PlaceMap.Place::name));
        return places;
    }

    private boolean within(ReferencePlace place, Optional<String> country) {
        return country.isEmpty() || reference.countryOf(place).id().equals(country.get());
    }

    private record TieKey(String from, String to, FactType kind) {

        PlaceMap.Tie tie(GraphEdge edge) {
            return new PlaceMap.Tie(from, to, kind, edge.facts(), edge.firstYear(), edge.lastYear());
        }

        /** Two ties between the same places: a government's and its city's facts add up. */
        static PlaceMap.Tie join(PlaceMap.Tie one, PlaceMap.Tie other) {
            return new PlaceMap.Tie(one.from(), one.to(), one.kind(), one.facts() + other.facts(),
                    earliest(one.firstYear(), other.firstYear()), latest(one.lastYear(), other.lastYear()));
        }

        private static Optional<Integer> earliest(Optional<Integer> a, Optional<Integer> b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Math.min(a.get(), b.get()));
        }

        private static Optional<Integer> latest(Optional<Integer> a, Optional<Integer> b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Math.max(a.get(), b.get()));
        }
    }
}
