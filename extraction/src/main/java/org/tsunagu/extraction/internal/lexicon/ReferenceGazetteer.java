package org.tsunagu.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

/**
 * The names of the reference places that the lookup stage looks for in text, as folded tokens.
 * Left out: names of subdivisions and cities that are ordinary words ("Reading", "Delta", "East"),
 * listed in {@code gazetteer/not-places.txt}, and one-word Vietnamese names of foreign places ("Mỹ"
 * for the United States, "Đức" for Germany), which are Vietnamese given names too.
 */
final class ReferenceGazetteer {

    /** One name of a place; {@code place.name()} is the name as the data spells it. */
    record Entry(List<String> foldedTokens, Place place) {
    }

    private ReferenceGazetteer() {
    }

    static List<Entry> entries(ReferencePlaces reference, Set<String> notPlaces) {
        List<Entry> entries = new ArrayList<>();
        for (ReferencePlace place : reference.all()) {
            Place.Kind kind = Place.Kind.valueOf(place.level().name());
            String country = reference.countryOf(place).id();
            Set<String> seen = new HashSet<>();
            for (ReferencePlace.Name name : place.allNames()) {
                List<String> tokens = Lexicon.folded(name.text());
                String folded = String.join(" ", tokens);
                if (lookedFor(name, tokens, place, notPlaces) && seen.add(folded)) {
                    entries.add(new Entry(tokens, new Place(name.text(), kind, country)));
                }
            }
        }
        return entries;
    }

    private static boolean lookedFor(ReferencePlace.Name name, List<String> tokens, ReferencePlace place,
            Set<String> notPlaces) {
        if (tokens.isEmpty() || name.language().equals("vi") && tokens.size() == 1) {
            return false;
        }
        return place.isCountry() || !notPlaces.contains(String.join(" ", tokens).toLowerCase(Locale.ROOT));
    }
}
