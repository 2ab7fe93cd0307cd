package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class FactsAboutTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTies() {
        database = store.database();
        database.save(Ties.daNang());
    }

    @Test
    void countsAndReadsTheFactsThatNameAnEntityByType() {
        EntityReport report = database.entityReport(id("Da Nang"), Optional.empty(), 10, 0).orElseThrow();

        assertThat(report.counts()).isEqualTo(Map.of(FactType.RELATIONSHIP, 2L));
        assertThat(report.facts(FactType.RELATIONSHIP)).extracting(CitedFact::summary)
                .containsExactlyInAnyOrder("Friendship: Da Nang — Sakai (since 1997)",
                        "Friendship: Da Nang — Kanazawa (since 2016)");
        assertThat(report.facts(FactType.AGREEMENT)).isEmpty();
    }

    @Test
    void countsAgainOnceAFactNamingTheEntityIsRejected() {
        long daNang = id("Da Nang");
        assertThat(database.entityReport(daNang, Optional.empty(), 10, 0).orElseThrow().count(FactType.RELATIONSHIP))
                .isEqualTo(2);

        database.apply(new Operation.Reject(relationshipWith("Kanazawa").id()), "ana");

        assertThat(database.entityReport(daNang, Optional.empty(), 10, 0).orElseThrow().count(FactType.RELATIONSHIP))
                .isEqualTo(1);
    }

    @Test
    void citesTheSentenceAndOffsetsTheFactWasReadFrom() {
        CitedFact sakai = relationshipWith("Sakai");

        assertThat(sakai.citation().documentName()).isEqualTo("da-nang-ties");
        assertThat(sakai.citation().sentence()).isEqualTo("Da Nang and Sakai have been sister cities since 1997.");
        assertThat(sakai.citation().trigger().of(Ties.DA_NANG_TEXT)).isEqualTo("sister cities");
        assertThat(sakai.year()).contains(1997);
        assertThat(sakai.sources()).isEqualTo(1);
        assertThat(sakai.in("b")).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Sakai"));
    }

    @Test
    void pagesThroughOneTypeMostRecentlyLearnedFirst() {
        long daNang = id("Da Nang");

        List<CitedFact> first = database.factsAbout(daNang, FactType.RELATIONSHIP, 1, 0);
        List<CitedFact> second = database.factsAbout(daNang, FactType.RELATIONSHIP, 1, 1);

        assertThat(first).singleElement().satisfies(f -> assertThat(f.summary()).contains("Kanazawa"));
        assertThat(second).singleElement().satisfies(f -> assertThat(f.summary()).contains("Sakai"));
    }

    @Test
    void showsAPersonsEditsAndLeavesRejectedFactsOut() {
        CitedFact sakai = relationshipWith("Sakai");
        CitedFact kanazawa = relationshipWith("Kanazawa");

        database.apply(new Operation.Edit(sakai.id(), Map.of("since", "1998")), "ana");
        database.apply(new Operation.Reject(kanazawa.id()), "ana");

        List<CitedFact> ties = database.factsAbout(id("Da Nang"), FactType.RELATIONSHIP, 10, 0);
        assertThat(ties).singleElement().satisfies(f -> {
            assertThat(((Relationship) f.fact()).since()).hasValueSatisfying(d -> assertThat(d.year()).isEqualTo(1998));
            assertThat(f.year()).contains(1998);
            assertThat(f.reviewState()).isEqualTo(ReviewState.EDITED);
        });
        assertThat(database.entityReport(id("Da Nang"), Optional.empty(), 10, 0).orElseThrow().count(FactType.RELATIONSHIP)).isEqualTo(1);
    }

    @Test
    void undatedFactsTakeTheYearTheyWereFirstReported() {
        Articles article = Articles.article("dated", "JETRO signed an MOU with Osaka.");
        database.save(new Extraction(article.document(), Optional.of(PartialDate.ofDay(2021, 3, 4)),
                List.of(article.mou("signed", null, article.organisation("JETRO"), article.place("Osaka")))));

        List<CitedFact> mous = database.factsAbout(id("Osaka"), FactType.AGREEMENT, 10, 0);

        assertThat(mous).singleElement().satisfies(f -> assertThat(f.year()).contains(2021));
    }

    @Test
    void theEntitiesAndYearsOfEachFactStayInStepWhenEntitiesAreMergedAndSplit() {
        database.save(Samples.daNangSakai());
        long daNang = id("Da Nang");
        long sakai = id("Sakai");

        database.apply(new Operation.Merge(sakai, daNang), "ana");
        assertThat(readModel()).isEqualTo(recomputed());
        database.apply(new Operation.Split(daNang, List.of("Sakai")), "ana");
        assertThat(readModel()).isEqualTo(recomputed());
        assertThat(database.entityReport(id("Sakai"), Optional.empty(), 10, 0).orElseThrow().count(FactType.RELATIONSHIP)).isEqualTo(1);
    }

    @Test
    void theEntitiesAndYearsOfEachFactMatchItsStatementsWhenADocumentOfTheBatchMergesEntities() {
        // The third names both the body and its acronym, which the first two named apart.
        database.saveAll(List.of(
                mouWithOsaka("full", "Japan External Trade Organization", PartialDate.ofDay(2019, 5, 1)),
                mouWithOsaka("acronym", "JETRO", PartialDate.ofDay(2020, 6, 2)),
                mouWithOsaka("both", "Japan External Trade Organization (JETRO)", PartialDate.ofDay(2020, 6, 2))));

        assertThat(entitiesNamedByStatements()).as("Osaka and the one merged body").isEqualTo(2);
        assertThat(readModel()).isEqualTo(recomputed());
    }

    private static Extraction mouWithOsaka(String name, String party, PartialDate date) {
        Articles article = Articles.article(name, party + " signed an MOU with Osaka.");
        return article.with(article.mou("signed", date, article.organisation(party), article.place("Osaka")));
    }

    private CitedFact relationshipWith(String partner) {
        return database.factsAbout(id("Da Nang"), FactType.RELATIONSHIP, 10, 0).stream()
                .filter(f -> f.summary().contains(partner)).findFirst().orElseThrow();
    }

    private long id(String name) {
        return EntityIds.of(database, name);
    }

    private List<String> readModel() {
        return Jdbi.create(store.jdbcUrl()).withHandle(handle -> handle.createQuery("""
                SELECT entity_id || ' ' || type || ' ' || kb_fact_id || ' ' || arguments FROM kb_fact_entities
                UNION ALL
                SELECT 'year ' || fact_id || ' ' || kb_fact_id || ' ' || year FROM statement_years
                ORDER BY 1""").mapTo(String.class).list());
    }

    private long entitiesNamedByStatements() {
        return Jdbi.create(store.jdbcUrl()).withHandle(handle -> handle.createQuery("""
                SELECT COUNT(DISTINCT a.resolved_id) FROM fact_arguments a
                JOIN facts f ON f.id = a.fact_id JOIN documents d ON d.id = f.document_id
                WHERE d.name IN ('full', 'acronym', 'both')""").mapTo(Long.class).one());
    }

    private List<String> recomputed() {
        return Jdbi.create(store.jdbcUrl()).withHandle(handle -> handle.createQuery("""
                SELECT a.resolved_id || ' ' || f.type || ' ' || f.kb_fact_id || ' ' || COUNT(*)
                FROM fact_arguments a JOIN facts f ON f.id = a.fact_id
                GROUP BY a.resolved_id, f.type, f.kb_fact_id
                UNION ALL
                SELECT 'year ' || id || ' ' || kb_fact_id || ' '
                       || CAST(substr(COALESCE(payload ->> '$.date', payload ->> '$.since'), 1, 4) AS INTEGER)
                FROM facts WHERE COALESCE(payload ->> '$.date', payload ->> '$.since') IS NOT NULL
                ORDER BY 1""").mapTo(String.class).list());
    }
}
