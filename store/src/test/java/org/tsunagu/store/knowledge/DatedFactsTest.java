package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class DatedFactsTest {

    private static final Set<FactType> SIGNINGS_AND_TIES = Set.of(FactType.AGREEMENT, FactType.RELATIONSHIP);

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTies() {
        database = store.database();
        database.save(Ties.daNang());
    }

    @Test
    void listsTheFactsDatedInTheYearsAskedInYearOrder() {
        assertThat(database.datedFacts(SIGNINGS_AND_TIES, Optional.empty(), 2000, 2030, 10, 0))
                .extracting(CitedFact::year).containsExactly(Optional.of(2016), Optional.of(2020));
        assertThat(database.datedFacts(Set.of(FactType.AGREEMENT), Optional.empty(), 2000, 2030, 10, 0))
                .extracting(CitedFact::type).containsExactly(FactType.AGREEMENT);
        assertThat(database.datedFacts(SIGNINGS_AND_TIES, Optional.empty(), 2021, 2030, 10, 0)).isEmpty();
        assertThat(database.datedFacts(SIGNINGS_AND_TIES, Optional.empty(), 2000, 2030, 10, 1))
                .as("the page after the first fact").extracting(CitedFact::year).containsExactly(Optional.of(2020));
    }

    @Test
    void keepsToTheFactsThatNameTheEntityAsked() {
        long jetro = EntityIds.of(database, "JETRO");

        assertThat(database.datedFacts(SIGNINGS_AND_TIES, Optional.of(jetro), 1900, 2100, 10, 0))
                .singleElement().satisfies(fact -> assertThat(fact.year()).contains(2020));
    }
}
