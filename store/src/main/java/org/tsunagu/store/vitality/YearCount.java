package org.tsunagu.store.vitality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many facts of each activity a tie has in one year, in the order of {@link Activity}. */
public record YearCount(int year, Map<Activity, Integer> activities) {

    public YearCount {
        Map<Activity, Integer> ordered = new EnumMap<>(Activity.class);
        ordered.putAll(activities);
        activities = Collections.unmodifiableMap(ordered);
    }

    /** "2 visits and 1 MOU", or "nothing". */
    public String words() {
        return Counted.words(activities);
    }

    public int facts() {
        return activities.values().stream().mapToInt(Integer::intValue).sum();
    }
}
