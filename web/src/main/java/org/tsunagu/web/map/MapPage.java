package org.tsunagu.web.map;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.resolution.Entity;

/**
 * The map page: the network around {@code start}, or the most connected entities, drawn at their
 * places; the filters that shaped it; the map as JSON for the script, and as lists for readers
 * without it.
 */
record MapPage(Optional<Entity> start, int depth, Set<FactType> kinds, Optional<Integer> from, Optional<Integer> to,
        Optional<String> country, PlaceMap map, String json) {

    String heading() {
        String heading = start.map(e -> "Map of the ties around " + e.name()).orElse("Map of the most connected places");
        return heading + country.flatMap(code -> map.countries().stream().filter(c -> c.id().equals(code)).findFirst())
                .map(c -> ", " + c.name()).orElse("");
    }

    List<FactType> allKinds() {
        return List.of(FactType.values());
    }

    boolean selected(FactType kind) {
        return kinds.contains(kind);
    }

    boolean chosen(String code) {
        return country.map(code::equals).orElse(false);
    }

    String fromYear() {
        return from.map(String::valueOf).orElse("");
    }

    String toYear() {
        return to.map(String::valueOf).orElse("");
    }

    List<Integer> depths() {
        return List.of(1, 2);
    }
}
