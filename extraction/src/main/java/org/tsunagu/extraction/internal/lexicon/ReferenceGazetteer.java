package org.tsunagu.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

/**
 * The names of the reference places that the lookup stage looks for in text, as folded tokens.
 * Left out: names of subdivisions and cities that are ordinary words ("Reading", "Delta", "East"),
 * listed in {@code gazetteer/not-places.txt}, and Vietnamese names of foreign places ("Mỹ" for the
 * United States, "Nam Dương" for Indonesia), which without their diacritics read as Vietnamese
 * personal names ("Duc", "Nam Duong"); Vietnam's own places are named in Vietnamese as {@code native}.
 */
final class ReferenceGazetteer {

    /**
     * One name of a place; {@code place.name()} is the name as the data spells it. A name in
     * Japanese or Chinese has one token, the whole name folded: it is matched whole
     * ({@link UnspacedMatcher}).
     */
    record Entry(List<String> foldedTokens, Place place) {
    }

    private ReferenceGazetteer() {
    }

    static List<Entry> entries(ReferencePlaces reference, Set<String> notPlaces) {
        List<ReferencePlace> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ReferencePlace place : reference.all()) {
            for (ReferencePlace.Name name : place.allNames()) {
                if (!name.language().equals("vi")) {
                    owners.add(place);
                    names.add(name.text());
                }
            }
        }
        Iterator<List<String>> spaced = Lexicon.folded(names.stream().filter(n -> !UnspacedMatcher.isUnspaced(n))
                .toList()).iterator();
        List<Entry> entries = new ArrayList<>(names.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            ReferencePlace place = owners.get(i);
            if (i == 0 || owners.get(i - 1) != place) {
                seen.clear();
            }
            String name = names.get(i);
            List<String> tokens = UnspacedMatcher.isUnspaced(name) ? List.of(Fold.fold(name)) : spaced.next();
            String folded = String.join(" ", tokens);
            // "Đà Nẵng" and "Da Nang" are one entry of Da Nang.
            if (seen.add(folded) && lookedFor(folded, place, notPlaces)) {
                entries.add(new Entry(tokens, new Place(name, Place.Kind.valueOf(place.level().name()),
                        reference.countryOf(place).id())));
            }
        }
        return entries;
    }

    /** A name is looked for unless it is an ordinary word naming a subdivision or city. */
    private static boolean lookedFor(String folded, ReferencePlace place, Set<String> notPlaces) {
        return !folded.isEmpty() && (place.isCountry() || !notPlaces.contains(folded));
    }
}
