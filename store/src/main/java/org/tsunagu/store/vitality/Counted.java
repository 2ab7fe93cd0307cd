package org.tsunagu.store.vitality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of activities in words, the most frequent first: "3 visits, 2 MOUs and 1 product". */
public final class Counted {

    private Counted() {
    }

    public static String words(Map<Activity, Integer> counts) {
        if (counts.isEmpty()) {
            return "nothing";
        }
        Map<Activity, Integer> ordered = new EnumMap<>(Activity.class);
        ordered.putAll(counts);
        List<String> told = ordered.entrySet().stream()
                .sorted(Map.Entry.<Activity, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().count(e.getValue())).toList();
        if (told.size() == 1) {
            return told.get(0);
        }
        return String.join(", ", told.subList(0, told.size() - 1)) + " and " + told.get(told.size() - 1);
    }

    static String words(List<TieFact> facts) {
        Map<Activity, Integer> counts = new EnumMap<>(Activity.class);
        facts.forEach(f -> counts.merge(f.activity(), 1, Integer::sum));
        return words(counts);
    }
}
