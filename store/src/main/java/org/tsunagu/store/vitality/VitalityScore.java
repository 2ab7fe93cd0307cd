package org.tsunagu.store.vitality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores how alive a tie is as of a reference year R (the current year by the server's clock, or
 * one asked for), from the facts that name both its ends:
 *
 * <pre>
 *     score = Σ weight(activity) × 0.5 ^ ((R − year) / 2)     over the facts whose year ≤ R
 * </pre>
 *
 * The weights are {@link Activity}'s (a signing 3; a visit, a meeting or a money figure 2; another
 * event, a product or a standing tie 1) and they halve every {@link #HALF_LIFE_YEARS} years: an
 * MOU signed in R counts 3, in R − 2 1.5, in R − 10 0.09. Facts of no known year and facts after R
 * add nothing. A signing ceremony in the year of one of the tie's agreements is that agreement being
 * signed, reported twice: it counts once, as the agreement. The tie is {@link TieStatus#ACTIVE active} when its latest fact up to R is from the
 * last {@link #QUIET_YEARS} years (R − 2 to R), otherwise {@link TieStatus#ON_PAPER on paper only}
 * when it has an agreement or an established standing tie, and {@link TieStatus#QUIET quiet} when it
 * has neither.
 */
public final class VitalityScore {

    public static final int HALF_LIFE_YEARS = 2;
    /** A tie with nothing in this many years up to the reference year is no longer active. */
    public static final int QUIET_YEARS = 3;
    /** The years a tie's facts are counted by for its sparkline, the reference year last. */
    public static final int SPARKLINE_YEARS = 12;

    private VitalityScore() {
    }

    public static Vitality of(Tie tie, int asOf) {
        List<TieFact> facts = counted(tie.facts());
        double score = 0;
        Optional<Integer> lastYear = Optional.empty();
        for (TieFact fact : facts) {
            if (fact.year().isPresent() && fact.year().get() <= asOf) {
                int year = fact.year().get();
                score += fact.activity().weight() * Math.pow(0.5, (asOf - year) / (double) HALF_LIFE_YEARS);
                lastYear = Optional.of(Math.max(year, lastYear.orElse(year)));
            }
        }
        return new Vitality(tie, asOf, score, status(facts, lastYear, asOf), lastYear, years(facts, asOf),
                VitalityExplanation.of(facts, asOf));
    }

    /** The facts less the signing ceremonies of the tie's agreements. */
    private static List<TieFact> counted(List<TieFact> facts) {
        Set<Optional<Integer>> signed = facts.stream().filter(f -> f.activity().agreement()).map(TieFact::year)
                .collect(Collectors.toSet());
        return facts.stream().filter(f -> f.activity() != Activity.SIGNING || !signed.contains(f.year())).toList();
    }

    private static TieStatus status(List<TieFact> facts, Optional<Integer> lastYear, int asOf) {
        if (lastYear.filter(year -> year > asOf - QUIET_YEARS).isPresent()) {
            return TieStatus.ACTIVE;
        }
        boolean paper = facts.stream()
                .anyMatch(f -> f.activity().paper() && f.year().filter(year -> year > asOf).isEmpty());
        return paper ? TieStatus.ON_PAPER : TieStatus.QUIET;
    }

    private static List<YearCount> years(List<TieFact> facts, int asOf) {
        int first = asOf - SPARKLINE_YEARS + 1;
        List<Map<Activity, Integer>> counts = new ArrayList<>();
        for (int i = 0; i < SPARKLINE_YEARS; i++) {
            counts.add(new EnumMap<>(Activity.class));
        }
        for (TieFact fact : facts) {
            fact.year().filter(year -> year >= first && year <= asOf)
                    .ifPresent(year -> counts.get(year - first).merge(fact.activity(), 1, Integer::sum));
        }
        List<YearCount> years = new ArrayList<>();
        for (int i = 0; i < SPARKLINE_YEARS; i++) {
            years.add(new YearCount(first + i, counts.get(i)));
        }
        return years;
    }
}
