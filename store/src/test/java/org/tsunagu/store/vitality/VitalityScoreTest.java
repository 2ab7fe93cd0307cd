package org.tsunagu.store.vitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityType;

/** The score, status, yearly counts and words of a tie, from facts built by hand. */
class VitalityScoreTest {

    private static final int AS_OF = 2026;

    @Test
    void explainsVisitsAndAnMouWithNothingSince() {
        Vitality vitality = score(fact(Activity.VISIT, 2023), fact(Activity.VISIT, 2024), fact(Activity.MOU, 2024),
                fact(Activity.VISIT, 2024));

        assertThat(vitality.explanation()).isEqualTo("3 visits and 1 MOU in 2023–2024; nothing since");
    }

    @Test
    void halvesAFactsWeightEveryTwoYears() {
        assertThat(score(fact(Activity.MOU, 2026)).score()).isCloseTo(3.0, within(1e-9));
        assertThat(score(fact(Activity.MOU, 2024)).score()).isCloseTo(1.5, within(1e-9));
        assertThat(score(fact(Activity.VISIT, 2025), fact(Activity.PRODUCT, 2026)).score())
                .isCloseTo(2 * Math.pow(0.5, 0.5) + 1, within(1e-9));
    }

    @Test
    void ranksTwoRecentVisitsAboveAnOlderMouAndAStandingTie() {
        double recent = score(fact(Activity.VISIT, 2025), fact(Activity.VISIT, 2026)).score();
        double older = score(fact(Activity.MOU, 2021), fact(Activity.FRIENDSHIP, 2021)).score();

        assertThat(recent).isGreaterThan(older);
    }

    @Test
    void callsAFriendshipWithNothingInThreeYearsOnPaperOnly() {
        Vitality vitality = score(fact(Activity.FRIENDSHIP, 1994), fact(Activity.VISIT, 2023));

        assertThat(vitality.status()).isEqualTo(TieStatus.ON_PAPER);
        assertThat(vitality.explanation()).isEqualTo("1 friendship tie in 1994; 1 visit in 2023; nothing since");
        assertThat(vitality.lastYear()).contains(2023);
    }

    @Test
    void callsATieWithAFactInTheLastThreeYearsActive() {
        assertThat(score(fact(Activity.FRIENDSHIP, 1994), fact(Activity.VISIT, 2024)).status())
                .isEqualTo(TieStatus.ACTIVE);
    }

    @Test
    void callsATieWithoutPaperAndNothingRecentQuiet() {
        assertThat(score(fact(Activity.INVESTMENT, 2015), fact(Activity.PROPOSED_TIE, 2016)).status())
                .isEqualTo(TieStatus.QUIET);
    }

    @Test
    void leavesUndatedFactsOutOfTheScoreButSaysSo() {
        Vitality vitality = score(new TieFact(1, Activity.FRIENDSHIP, Optional.empty()), fact(Activity.MEETING, 2026));

        assertThat(vitality.score()).isCloseTo(2.0, within(1e-9));
        assertThat(vitality.explanation()).isEqualTo("1 meeting in 2026; 1 friendship tie of no known year");
    }

    @Test
    void tellsFactsAfterTheReferenceYearApartAndScoresThemNothing() {
        Vitality vitality = score(fact(Activity.MOU, 2020), fact(Activity.VISIT, 2028));

        assertThat(vitality.score()).isCloseTo(3 * Math.pow(0.5, 3), within(1e-9));
        assertThat(vitality.explanation()).isEqualTo("1 MOU in 2020; nothing since; later, 1 visit in 2028");
        assertThat(vitality.status()).isEqualTo(TieStatus.ON_PAPER);
    }

    @Test
    void tellsOlderPeriodsAsOne() {
        Vitality vitality = score(fact(Activity.FRIENDSHIP, 1980), fact(Activity.VISIT, 1990), fact(Activity.MOU, 2000),
                fact(Activity.EXHIBITION, 2010), fact(Activity.TRADE, 2020), fact(Activity.TRADE, 2021));

        assertThat(vitality.explanation()).isEqualTo("earlier, 2 facts in 1980–1990; 1 MOU in 2000; 1 exhibition in 2010;"
                + " 2 trade figures in 2020–2021; nothing since");
    }

    @Test
    void countsASigningCeremonyInTheYearOfAnAgreementOnceAsTheAgreement() {
        Vitality vitality = score(fact(Activity.MOU, 2026), fact(Activity.SIGNING, 2026), fact(Activity.SIGNING, 2022));

        assertThat(vitality.score()).isCloseTo(3 + 3 * Math.pow(0.5, 2), within(1e-9));
        assertThat(vitality.explanation()).isEqualTo("1 signing ceremony in 2022; 1 MOU in 2026");
    }

    @Test
    void countsFactsByYearOverTheLastTwelveYears() {
        Vitality vitality = score(fact(Activity.VISIT, 2010), fact(Activity.VISIT, 2015), fact(Activity.MOU, 2026),
                fact(Activity.VISIT, 2026));

        assertThat(vitality.years()).hasSize(VitalityScore.SPARKLINE_YEARS);
        assertThat(vitality.years().get(0).year()).isEqualTo(2015);
        assertThat(vitality.years().get(0).facts()).isEqualTo(1);
        assertThat(vitality.years().get(11).activities()).isEqualTo(Map.of(Activity.MOU, 1, Activity.VISIT, 1));
        assertThat(vitality.years().stream().mapToInt(YearCount::facts).sum()).isEqualTo(3);
    }

    private static Vitality score(TieFact... facts) {
        List<TieFact> numbered = new ArrayList<>();
        for (int i = 0; i < facts.length; i++) {
            numbered.add(new TieFact(i + 1, facts[i].activity(), facts[i].year()));
        }
        return VitalityScore.of(new Tie(end(1, "Lyon"), end(2, "Yokohama"), numbered), AS_OF);
    }

    private static TieFact fact(Activity activity, int year) {
        return new TieFact(0, activity, Optional.of(year));
    }

    private static TieEnd end(long id, String name) {
        return new TieEnd(id, name, EntityType.PLACE, Optional.empty());
    }
}
