package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.fact.StoredFact;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class SavingTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();
    @RegisterExtension
    final TemporaryDatabase other = new TemporaryDatabase();

    @Test
    void savingANewDocumentStoresItAndItsFacts() {
        Database database = store.database();

        assertThat(database.save(Samples.daNangSakai())).isEqualTo(SaveOutcome.NEW);

        assertThat(database.contains(Samples.daNangSakai().document().contentHash())).isTrue();
        assertThat(database.counts().facts()).isEqualTo(4);
    }

    @Test
    void savingTheSameTextTwiceIsUnchangedAndAddsNoRows() throws SQLException {
        Database database = store.database();
        database.save(Samples.daNangSakai());
        List<Long> before = rowCounts();

        assertThat(database.save(Samples.daNangSakai())).isEqualTo(SaveOutcome.UNCHANGED);

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aCopyUnderAnotherNameWithAByteOrderMarkAndTrailingSpaceIsTheSameDocument() {
        Database database = store.database();
        database.save(Samples.jetroChongqing());
        Articles copy = Articles.article("copy.txt", "\uFEFF" + Samples.JETRO_TEXT + "  \r\n");

        assertThat(database.save(copy.with())).isEqualTo(SaveOutcome.UNCHANGED);
    }

    @Test
    void countsDocumentsEntitiesAndFactsByType() {
        Database database = store.database();
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());

        Counts counts = database.counts();

        assertThat(counts.documents()).isEqualTo(2);
        // JETRO, Chongqing Municipal Government, Đà Nẵng, Sakai, Nguyen Van An,
        // Đà Nẵng People's Committee, Japan, Vietnam; from the reference data the places above
        // them and the governed: Chongqing, China, Osaka
        assertThat(counts.entities()).isEqualTo(11);
        assertThat(counts.facts()).isEqualTo(5);
        assertThat(counts.facts(FactType.AGREEMENT)).isEqualTo(1);
        assertThat(counts.facts(FactType.INVESTMENT)).isEqualTo(1);
        assertThat(counts.facts(FactType.PRODUCT)).isZero();
    }

    @Test
    void namesThatDifferOnlyInCaseDiacriticsOrSpacesAreOneEntityOfEachType() {
        Database database = store.database();
        Articles first = Articles.article("one", "Đà Nẵng and Sakai are sister cities.");
        Articles second = Articles.article("two", "DA  NANG and Sakai are sister cities again.");
        database.save(first.with(first.friendship("sister", first.place("Đà Nẵng"), first.place("Sakai"))));
        database.save(second.with(second.friendship("sister", second.place("DA  NANG"), second.organisation("Sakai"))));

        // Đà Nẵng, Sakai as a place, Sakai as an organisation, and the places they lie in:
        // Vietnam, Osaka, Japan
        assertThat(database.counts().entities()).isEqualTo(6);
    }

    @Test
    void aNameOfSeveralWordsInCapitalsOnlyNamesAnEntityOnlyWhenItHasNoOther() {
        Database database = store.database();
        for (String name : List.of("dateline-1", "dateline-2")) {
            Articles shouted = Articles.article(name, "HOI AN and Sakai are sister cities, says " + name + ".");
            database.save(shouted.with(shouted.friendship("sister", shouted.place("HOI AN"), shouted.place("Sakai"))));
        }
        Articles written = Articles.article("written", "Hoi An and Sakai are sister cities.");
        database.save(written.with(written.friendship("sister", written.place("Hoi An"), written.place("Sakai"))));

        assertThat(database.entities(EntityQuery.all().withLimit(100)).items()).extracting(Entity::name)
                .contains("Hoi An").doesNotContain("HOI AN");
    }

    @Test
    void storedFactsReadBackAsTheFactsThatWereSaved() {
        Extraction extraction = Samples.daNangSakai();
        store.database().save(extraction);

        List<Fact> stored = store.database().recentFacts(10).stream().map(StoredFact::fact).toList();

        assertThat(stored).containsExactlyInAnyOrderElementsOf(extraction.facts());
    }

    @Test
    void aSaveThatFailsMidwayLeavesNothingOfItsDocumentAndTheEarlierOnesIntact() throws SQLException {
        Database database = store.database();
        database.save(Samples.jetroChongqing());
        List<Long> before = rowCounts();
        // The database itself refuses the evidence, which is written after the document, the
        // entities, the facts and their arguments.
        if (TemporaryDatabase.onPostgresql()) {
            execute("CREATE FUNCTION refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$");
            execute("CREATE TRIGGER refuse_evidence BEFORE INSERT ON evidence FOR EACH ROW "
                    + "WHEN (NEW.sentence LIKE '%Sakai%') EXECUTE FUNCTION refuse_evidence()");
        } else {
            execute("CREATE TRIGGER refuse_evidence BEFORE INSERT ON evidence WHEN NEW.sentence LIKE '%Sakai%' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }

        assertThatThrownBy(() -> database.save(Samples.daNangSakai())).hasMessageContaining("refused by the test");

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(database.contains(Samples.daNangSakai().document().contentHash())).isFalse();
        assertThat(database.contains(Samples.jetroChongqing().document().contentHash())).isTrue();
        assertThat(database.recentFacts(10)).extracting(StoredFact::summary)
                .containsExactly("MOU: JETRO — Chongqing Municipal Government (2013-10-31)");

        execute(TemporaryDatabase.onPostgresql() ? "DROP TRIGGER refuse_evidence ON evidence" : "DROP TRIGGER refuse_evidence");
        assertThat(database.save(Samples.daNangSakai())).isEqualTo(SaveOutcome.NEW);
        assertThat(database.counts().facts()).isEqualTo(5);
    }

    @Test
    void aBatchStoresEveryDocumentButTheOneThatFailsWhichLeavesNothing() {
        Articles article = Articles.article("short", "JETRO signed an MOU.");
        Articles longer = Articles.article("long", "JETRO signed an MOU with Chongqing Municipal Government.");
        Extraction wrongOffsets = article.with(longer.mou("Chongqing", PartialDate.ofYear(2013),
                longer.organisation("JETRO")));

        List<java.util.Optional<SaveOutcome>> outcomes = store.database().saveAll(
                List.of(Samples.jetroChongqing(), wrongOffsets, Samples.daNangSakai(), Samples.jetroChongqing()));

        assertThat(outcomes).containsExactly(java.util.Optional.of(SaveOutcome.NEW), java.util.Optional.empty(),
                java.util.Optional.of(SaveOutcome.NEW), java.util.Optional.of(SaveOutcome.UNCHANGED));
        assertThat(store.database().counts().documents()).isEqualTo(2);
        assertThat(store.database().counts().facts()).isEqualTo(5);
    }

    @Test
    void aDocumentThatFailsAfterSomeOfItsFactsLeavesNoneOfThemForTheNextDocument() {
        Articles article = Articles.article("short", "JETRO signed an MOU.");
        Articles longer = Articles.article("long", "JETRO signed an MOU with Chongqing Municipal Government.");
        Extraction failsAtItsSecondFact = article.with(article.mou("MOU", PartialDate.ofYear(2013),
                article.organisation("JETRO")), longer.mou("Chongqing", PartialDate.ofYear(2013),
                longer.organisation("JETRO")));

        List<java.util.Optional<SaveOutcome>> outcomes = store.database().saveAll(
                List.of(failsAtItsSecondFact, Samples.daNangSakai()));

        assertThat(outcomes).containsExactly(java.util.Optional.empty(), java.util.Optional.of(SaveOutcome.NEW));
        assertThat(store.database().counts().documents()).isEqualTo(1);
        assertThat(store.database().counts().facts()).isEqualTo(Samples.daNangSakai().facts().size());
    }

    @Test
    void extractionsPreparedOnOtherThreadsAreStoredAsTheExtractionsAre() throws Exception {
        List<Extraction> extractions = List.of(Samples.jetroChongqing(), Samples.daNangSakai());
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<PreparedExtraction> prepared = new ArrayList<>();
        try {
            for (Extraction extraction : extractions) {
                prepared.add(workers.submit(() -> other.database().prepare(extraction)).get());
            }
        } finally {
            workers.shutdown();
        }

        assertThat(other.database().saveAllPrepared(prepared)).containsOnly(java.util.Optional.of(SaveOutcome.NEW));
        store.database().saveAll(extractions);
        assertThat(other.database().dump()).isEqualTo(store.database().dump());
    }

    @Test
    void aPreparedExtractionWhoseRowsCannotBeMadeFailsWhenSaved() {
        Articles article = Articles.article("short", "JETRO signed an MOU.");
        Articles longer = Articles.article("long", "JETRO signed an MOU with Chongqing Municipal Government.");
        PreparedExtraction prepared = store.database().prepare(article.with(longer.mou("Chongqing",
                PartialDate.ofYear(2013), longer.organisation("JETRO"))));

        assertThatThrownBy(() -> store.database().saveAllPrepared(List.of(prepared)))
                .hasMessageContaining("outside document short");
        assertThat(store.database().counts().documents()).isZero();
    }

    @Test
    void evidenceOutsideTheDocumentIsRefusedAndLeavesNothing() throws SQLException {
        Articles article = Articles.article("short", "JETRO signed an MOU.");
        Articles longer = Articles.article("long", "JETRO signed an MOU with Chongqing Municipal Government.");
        Extraction wrongOffsets = article.with(longer.mou("Chongqing", PartialDate.ofYear(2013),
                longer.organisation("JETRO")));
        List<Long> before = rowCounts();

        assertThatThrownBy(() -> store.database().save(wrongOffsets))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside document short");

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void threadsSavingTheSameDocumentsStoreEachExactlyOnce() throws Exception {
        List<Extraction> extractions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Articles article = Articles.article("article-" + i, "JETRO signed MOU number " + i + " with Osaka.");
            extractions.add(article.with(article.mou("signed", null, article.organisation("JETRO"),
                    article.place("Osaka"))));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                runs.add(threads.submit(() -> extractions.forEach(store.database()::save)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }

        Counts counts = store.database().counts();
        assertThat(counts.documents()).isEqualTo(50);
        assertThat(counts.facts()).isEqualTo(50);
        // JETRO, Osaka, and Japan that Osaka lies in
        assertThat(counts.entities()).isEqualTo(3);
    }

    private List<Long> rowCounts() throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(store.jdbcUrl())) {
            for (String table : List.of("documents", "entities", "facts", "fact_arguments", "evidence")) {
                counts.add(Long.parseLong(DatabaseTest.single(connection, "SELECT COUNT(*) FROM " + table)));
            }
        }
        return counts;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(store.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
