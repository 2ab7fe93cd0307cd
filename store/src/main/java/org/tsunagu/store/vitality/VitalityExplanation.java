package org.tsunagu.store.vitality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tie's facts in words, made from their counts: the periods it was active in, oldest first, each
 * with what happened and when; "nothing since" when the latest is older than the reference year;
 * then facts after the reference year and facts of no known year. A new period begins after more
 * than {@link VitalityScore#QUIET_YEARS} years without a fact: "1 friendship tie in 1994; 3 visits
 * and 1 MOU in 2023–2024; nothing since".
 */
final class VitalityExplanation {

    /** Periods told one by one; those before are told as one. */
    private static final int PERIODS_TOLD = 3;
    private static final Comparator<TieFact> BY_YEAR = Comparator.comparing(f -> f.year().orElseThrow());

    private VitalityExplanation() {
    }

    static String of(List<TieFact> facts, int asOf) {
        List<TieFact> dated = facts.stream().filter(f -> f.year().filter(year -> year <= asOf).isPresent())
                .sorted(BY_YEAR).toList();
        List<TieFact> later = facts.stream().filter(f -> f.year().filter(year -> year > asOf).isPresent())
                .sorted(BY_YEAR).toList();
        List<TieFact> undated = facts.stream().filter(f -> f.year().isEmpty()).toList();
        List<String> parts = new ArrayList<>();
        List<List<TieFact>> periods = periods(dated);
        if (periods.size() > PERIODS_TOLD) {
            List<List<TieFact>> earlier = periods.subList(0, periods.size() - PERIODS_TOLD);
            List<TieFact> told = earlier.stream().flatMap(List::stream).toList();
            parts.add("earlier, " + told.size() + (told.size() == 1 ? " fact" : " facts") + " in " + years(told));
            periods = periods.subList(periods.size() - PERIODS_TOLD, periods.size());
        }
        periods.forEach(period -> parts.add(Counted.words(period) + " in " + years(period)));
        if (!dated.isEmpty() && dated.get(dated.size() - 1).year().orElseThrow() < asOf) {
            parts.add("nothing since");
        }
        if (!later.isEmpty()) {
            parts.add("later, " + Counted.words(later) + " in " + years(later));
        }
        if (!undated.isEmpty()) {
            parts.add(Counted.words(undated) + " of no known year");
        }
        return String.join("; ", parts);
    }

    /** Runs of facts, in year order, with no gap of more than the quiet years between two of a run. */
    private static List<List<TieFact>> periods(List<TieFact> dated) {
        List<List<TieFact>> periods = new ArrayList<>();
        List<TieFact> current = new ArrayList<>();
        for (TieFact fact : dated) {
            if (!current.isEmpty() && fact.year().orElseThrow()
                    - current.get(current.size() - 1).year().orElseThrow() > VitalityScore.QUIET_YEARS) {
                periods.add(current);
                current = new ArrayList<>();
            }
            current.add(fact);
        }
        if (!current.isEmpty()) {
            periods.add(current);
        }
        return periods;
    }

    /** "2023" or "2023–2024", for facts in year order. */
    private static String years(List<TieFact> facts) {
        int first = facts.get(0).year().orElseThrow();
        int last = facts.get(facts.size() - 1).year().orElseThrow();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
