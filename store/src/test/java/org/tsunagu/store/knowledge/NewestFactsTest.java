package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.EntityLink;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class NewestFactsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    /** Read in an order unlike the order they happened in. */
    @BeforeEach
    void storeFactsOutOfOrder() {
        database = store.database();
        Articles mid = Articles.article("port-pact", "Nagoya Port signed an MOU with Hai Phong in March 2021.");
        database.save(mid.with(mid.mou("MOU", PartialDate.ofMonth(2021, 3), mid.organisation("Nagoya Port"),
                mid.place("Hai Phong"))));
        Articles old = Articles.article("old-ties", "Okayama and Kaohsiung have been sister cities since 1997.");
        database.save(old.with(old.friendship("sister cities", PartialDate.ofYear(1997), old.place("Okayama"),
                old.place("Kaohsiung"))));
        Articles recent = Articles.article("new-pact", "Mie signed an MOU with Penang on 2 May 2023.");
        database.save(recent.with(recent.mou("MOU", PartialDate.ofDay(2023, 5, 2), recent.place("Mie"),
                recent.place("Penang"))));
        Articles sameYear = Articles.article("spring-pact", "Kochi signed an MOU with Cebu on 9 January 2023.");
        database.save(sameYear.with(sameYear.mou("MOU", PartialDate.ofDay(2023, 1, 9), sameYear.place("Kochi"),
                sameYear.place("Cebu"))));
        Articles undated = Articles.article("director", "Aiko Mori, director of the Nagoya Port office, spoke.");
        database.save(undated.with(undated.role(undated.person("Aiko Mori"), "director",
                undated.organisation("Nagoya Port office"))));
    }

    @Test
    void ordersFactsByTheDateTheyHappenedNotWhenTheyWereRead() {
        assertThat(database.newestFacts(Optional.empty(), 10)).extracting(f -> f.date().orElse("none"))
                .containsExactly("2023-05-02", "2023-01-09", "2021-03", "1997", "none");
    }

    @Test
    void leavesFactsStillToComeToTheCalendar() {
        Articles plan = Articles.article("plan", "Tottori will sign an MOU with Da Lat in March 2999.");
        database.save(plan.with(plan.mou("will sign", PartialDate.ofMonth(2999, 3), plan.place("Tottori"),
                plan.place("Da Lat"))));

        assertThat(database.newestFacts(Optional.empty(), 10)).extracting(f -> f.date().orElse("none"))
                .containsExactly("2023-05-02", "2023-01-09", "2021-03", "1997", "none");
    }

    @Test
    void showsAFactReadAfterTheListWasFirstAskedFor() {
        database.newestFacts(Optional.empty(), 10);
        Articles later = Articles.article("later", "Tottori signed an MOU with Da Lat in June 2024.");
        database.save(later.with(later.mou("signed", PartialDate.ofMonth(2024, 6), later.place("Tottori"),
                later.place("Da Lat"))));

        assertThat(database.newestFacts(Optional.empty(), 10)).extracting(f -> f.date().orElse("none"))
                .startsWith("2024-06", "2023-05-02");
    }

    @Test
    void keepsToTheTypeAndTheLimit() {
        assertThat(database.newestFacts(Optional.of(FactType.AGREEMENT), 2)).extracting(f -> f.date().orElseThrow())
                .containsExactly("2023-05-02", "2023-01-09");
        assertThat(database.newestFacts(Optional.of(FactType.ROLE), 5)).singleElement()
                .satisfies(f -> assertThat(f.fact().summary()).contains("Aiko Mori"));
    }

    @Test
    void linksEachFactToItsEntitiesAndDocument() {
        DatedFact newest = database.newestFacts(Optional.empty(), 1).get(0);

        assertThat(newest.entities()).extracting(EntityLink::name).containsExactly("Mie", "Penang");
        assertThat(database.document(newest.document()).orElseThrow().listing().name()).isEqualTo("new-pact");
        assertThat(database.documentOf(newest.statement())).contains(newest.document());
    }
}
