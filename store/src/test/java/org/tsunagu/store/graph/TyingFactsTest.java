package org.tsunagu.store.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class TyingFactsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTies() {
        database = store.database();
        database.save(Ties.daNang());
        database.save(Samples.jetroChongqing());
    }

    @Test
    void findsTheFactBehindTheEdgeBetweenTwoEntities() {
        List<Long> facts = database.factsTying(List.of(id("Da Nang"), id("Sakai")), EnumSet.allOf(FactType.class),
                Optional.empty(), Optional.empty());

        assertThat(facts).singleElement().satisfies(fact -> assertThat(summary(fact)).contains("Da Nang", "Sakai"));
    }

    @Test
    void keepsToTheKindAndYearsOfTheEdge() {
        List<Long> pair = List.of(id("Da Nang"), id("Sakai"));

        assertThat(database.factsTying(pair, Set.of(FactType.AGREEMENT), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(database.factsTying(pair, Set.of(FactType.RELATIONSHIP), Optional.of(2000), Optional.empty()))
                .isEmpty();
        assertThat(database.factsTying(pair, Set.of(FactType.RELATIONSHIP), Optional.of(1990), Optional.of(1999)))
                .hasSize(1);
    }

    @Test
    void findsEveryFactTyingTheEntitiesOfANetwork() {
        List<Long> network = List.of(id("Da Nang"), id("Sakai"), id("Kanazawa"), id("JETRO"));

        List<Long> facts = database.factsTying(network, EnumSet.allOf(FactType.class), Optional.empty(),
                Optional.empty());

        assertThat(facts).extracting(this::summary).hasSize(3)
                .anySatisfy(s -> assertThat(s).contains("JETRO", "Sakai"))
                .noneSatisfy(s -> assertThat(s).contains("Chongqing"));
    }

    @Test
    void walksUpThePlaceHierarchyToTheCountry() {
        assertThat(database.countries(List.of(id("Sakai"), id("Da Nang"), id("JETRO"))))
                .containsEntry(id("Sakai"), "Japan").containsEntry(id("Da Nang"), "Vietnam")
                .doesNotContainKey(id("JETRO"));
    }

    private String summary(long fact) {
        return database.knowledgeFact(fact).map(KnowledgeFact::summary).orElseThrow();
    }

    private long id(String name) {
        return EntityIds.of(database, name);
    }
}
