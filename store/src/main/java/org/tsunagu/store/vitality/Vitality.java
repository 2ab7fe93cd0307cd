package org.tsunagu.store.vitality;

import java.util.List;
import java.util.Optional;

/**
 * A tie's vitality as of a reference year: its score (see {@link VitalityScore}), whether it is
 * active, on paper only or quiet, the year of its latest fact up to the reference year, its facts
 * by year over the last {@link VitalityScore#SPARKLINE_YEARS} years, and the score in words.
 */
public record Vitality(Tie tie, int asOf, double score, TieStatus status, Optional<Integer> lastYear,
        List<YearCount> years, String explanation) {

    public Vitality {
        years = List.copyOf(years);
    }
}
