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
 * listed in {@code gazetteer/not-places.txt}, and one-word Vietnamese names of foreign places ("Mỹ"
 * for the United States, "Đức" for Germany), which are Vietnamese given names too.
 */
final class ReferenceGazetteer {

    /**
     * One name of a place; {@code place.name()} is the name as the data spells it. Names in
     * Japanese or Chinese have no tokens: they are matched whole ({@link UnspacedMatcher}).
     */
    record Entry(List<String> foldedTokens, Place place) {
    }

    private ReferenceGazetteer() {
    }

    static List<Entry> entries(ReferencePlaces reference, Set<String> notPlaces) {
        List<ReferencePlace> owners = new ArrayList<>();
        List<ReferencePlace.Name> names = new ArrayList<>();
        for (ReferencePlace place : reference.all()) {
            Set<String> seen = new HashSet<>();
            for (ReferencePlace.Name name : place.allNames()) {
                if (seen.add(Fold.fold(name.text()))) {
                    owners.add(place);
                    names.add(name);
                }
            }
        }
        Iterator<List<String>> spaced = Lexicon.folded(names.stream().map(ReferencePlace.Name::text)
                .filter(name -> !UnspacedMatcher.isUnspaced(name)).toList()).iterator();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ReferencePlace place = owners.get(i);
            List<String> tokens = UnspacedMatcher.isUnspaced(names.get(i).text()) ? null : spaced.next();
            if (lookedFor(names.get(i), tokens, place, notPlaces)) {
                entries.add(new Entry(tokens, new Place(names.get(i).text(), Place.Kind.valueOf(place.level().name()),
                        reference.countryOf(place).id())));
            }
        }
        return entries;
    }

    private static boolean lookedFor(ReferencePlace.Name name, List<String> tokens, ReferencePlace place,
            Set<String> notPlaces) {
        if (tokens == null) {
            return true;
        }
        if (tokens.isEmpty() || name.language().equals("vi") && tokens.size() == 1) {
            return false;
        }
        return place.isCountry() || !notPlaces.contains(String.join(" ", tokens));
    }
}
