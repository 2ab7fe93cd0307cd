package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.model.document.Span;

/**
 * The places of an article that are not countries, most often named first (earlier first among
 * equals, a place in the dateline counting once more): what "we" and "the two cities" usually
 * mean, and where an unplaced product comes from.
 */
final class SalientPlaces {

    private SalientPlaces() {
    }

    static List<Mention> of(Collection<List<Mention>> mentionsBySentence, Optional<Span> dateline) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (List<Mention> list : mentionsBySentence) {
            for (Mention m : list) {
                if (m.is(Mention.Type.PLACE) && !m.isCountry()) {
                    String key = m.place() != null ? m.place().name() : m.name();
                    counts.merge(key, 1, Integer::sum);
                    first.merge(key, m, (a, b) -> a.firstToken() <= b.firstToken() ? a : b);
                }
            }
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> first.get(k).firstToken()));
        dateline.ifPresent(l -> keys.sort(Comparator.comparing((String k) -> -counts.get(k)
                - (l.contains(first.get(k).span()) ? 1 : 0))));
        List<Mention> out = new ArrayList<>();
        keys.forEach(k -> out.add(first.get(k)));
        return List.copyOf(out);
    }
}
