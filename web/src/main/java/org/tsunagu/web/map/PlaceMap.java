package org.tsunagu.web.map;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlace.Coordinates;

/**
 * A network drawn on a map: the reference places its entities are at, the ties between two places
 * (one line a pair of places and kind of fact), the countries a reader may narrow it to, and how
 * many entities of the network have no place to be drawn at (companies, unknown towns).
 */
record PlaceMap(List<Place> places, List<Tie> ties, List<ReferencePlace> countries, int unplaced,
        boolean truncated) {

    PlaceMap {
        places = List.copyOf(places);
        ties = List.copyOf(ties);
        countries = List.copyOf(countries);
    }

    /** A reference place with the entities of the network drawn at it (a city and its government). */
    record Place(String id, String name, String kind, String country, Coordinates at, List<Member> entities) {

        Place {
            entities = List.copyOf(entities);
        }
    }

    record Member(long id, String name) {
    }

    /** Facts of one kind between entities at two places ({@code from} sorts before {@code to}). */
    record Tie(String from, String to, FactType kind, int facts, Optional<Integer> firstYear,
            Optional<Integer> lastYear) {
    }

    Place place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
