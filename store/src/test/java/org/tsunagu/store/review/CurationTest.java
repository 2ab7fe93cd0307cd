package org.tsunagu.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class CurationTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private static Extraction mou(String name, String text, String party, PartialDate date) {
        Articles article = Articles.article(name, text);
        return article.with(article.mou("signed", date, article.organisation(party),
                article.organisation("Chongqing Municipal Government")));
    }

    private static final Extraction FIRST = mou("first", "JETRO signed an MOU with Chongqing Municipal Government.",
            "JETRO", PartialDate.ofDay(2013, 10, 31));
    private static final Extraction SECOND = mou("second", "The Japan External Trade Organization (JETRO) signed an MOU "
            + "with Chongqing Municipal Government.", "Japan External Trade Organization (JETRO)", PartialDate.ofDay(2013, 10, 31));
    private static final Extraction OTHER_DATE = mou("third", "Last week JETRO signed an MOU with Chongqing Municipal "
            + "Government.", "JETRO", PartialDate.ofDay(2013, 11, 1));

    private KnowledgeFact onlyAgreement(Database database, Optional<ReviewState> state) {
        KnowledgeQuery query = KnowledgeQuery.all().withType(FactType.AGREEMENT);
        List<KnowledgeFact> facts = database.knowledgeFacts(state.map(query::withState).orElse(query)).items();
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    @Test
    void reportsOfOneMouInTwoDocumentsAreOneFactWithTwoSourcesAndHigherConfidence() {
        Database database = store.database();
        database.save(FIRST);
        database.save(SECOND);

        KnowledgeFact mou = onlyAgreement(database, Optional.empty());

        assertThat(mou.sources()).extracting(s -> s.document()).containsExactlyInAnyOrder("first", "second");
        assertThat(mou.confidence()).isCloseTo(0.99, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mou.summary()).isEqualTo("MOU: Japan External Trade Organization — Chongqing Municipal Government (2013-10-31)");
        assertThat(mou.conflicts()).isEmpty();
    }

    @Test
    void twoDatesForOneMouAreBothKeptAsAConflict() {
        Database database = store.database();
        database.save(FIRST);
        database.save(OTHER_DATE);

        KnowledgeFact mou = onlyAgreement(database, Optional.empty());

        assertThat(mou.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo("date");
            assertThat(conflict.documentsByValue()).isEqualTo(Map.of("2013-10-31", List.of("first"),
                    "2013-11-01", List.of("third")));
        });
    }

    @Test
    void aRejectedFactStaysRejectedWhenTheSameAndNewDocumentsReportItAgain() {
        Database database = store.database();
        database.save(FIRST);
        long id = onlyAgreement(database, Optional.empty()).id();

        database.apply(new Operation.Reject(id), "alice");
        database.save(FIRST);
        database.save(SECOND);

        assertThat(database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).items()).isEmpty();
        KnowledgeFact rejected = onlyAgreement(database, Optional.of(ReviewState.REJECTED));
        assertThat(rejected.id()).isEqualTo(id);
        assertThat(rejected.sources()).hasSize(2);
    }

    @Test
    void anEditedValueIsNotOverwrittenByDocumentsThatSayOtherwise() {
        Database database = store.database();
        database.save(FIRST);
        long id = onlyAgreement(database, Optional.empty()).id();

        database.apply(new Operation.Edit(id, Map.of("date", "2013-11-02")), "bob");
        database.save(FIRST);
        database.save(SECOND);
        database.save(OTHER_DATE);

        KnowledgeFact edited = onlyAgreement(database, Optional.empty());
        assertThat(edited.reviewState()).isEqualTo(ReviewState.EDITED);
        assertThat(edited.summary()).endsWith("(2013-11-02)");
        assertThat(edited.sources()).hasSize(3);
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoAndTheStateBeforeAndAfter() {
        Database database = store.database();
        database.save(FIRST);
        long id = onlyAgreement(database, Optional.empty()).id();

        database.apply(new Operation.Accept(id), "carol");

        AuditEntry entry = database.auditLog(10).get(0);
        assertThat(entry.user()).isEqualTo("carol");
        assertThat(entry.target()).isEqualTo("fact:" + id);
        assertThat(entry.operation()).isEqualTo("{\"op\":\"accept\",\"fact\":" + id + "}");
        assertThat(entry.before()).contains("\"state\":\"proposed\"");
        assertThat(entry.after()).contains("\"state\":\"accepted\"");
    }

    @Test
    void mergingTwoEntitiesByHandMergesTheirFactsAndSplittingSeparatesThemAgain() {
        Database database = store.database();
        database.save(FIRST);
        database.save(mou("fourth", "Jetro Japan signed an MOU with Chongqing Municipal Government.", "Jetro Japan",
                PartialDate.ofDay(2013, 10, 31)));
        assertThat(database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).total()).isEqualTo(2);
        Entity jetro = entity(database, "JETRO");
        Entity other = entity(database, "Jetro Japan");

        database.apply(new Operation.Merge(other.id(), jetro.id()), "dan");

        assertThat(onlyAgreement(database, Optional.empty()).sources()).hasSize(2);
        assertThat(database.entity(jetro.id()).orElseThrow().aliases()).containsExactlyInAnyOrder("JETRO", "Jetro Japan");

        database.apply(new Operation.Split(jetro.id(), List.of("Jetro Japan")), "dan");

        assertThat(database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).total()).isEqualTo(2);
        assertThat(database.auditLog(10)).extracting(AuditEntry::target)
                .containsExactly("entity:" + jetro.id(), "entity:" + jetro.id());
    }

    @Test
    void anOperationThatDoesNotApplyChangesNothingAndSaysWhy() {
        Database database = store.database();
        database.save(FIRST);
        long id = onlyAgreement(database, Optional.empty()).id();

        assertThatThrownBy(() -> database.apply(new Operation.Edit(id, Map.of("signatories", "x")), "eve"))
                .isInstanceOf(CurationException.class).hasMessageContaining("no editable field 'signatories'");
        assertThatThrownBy(() -> database.apply(new Operation.Reject(404), "eve")).hasMessage("no fact 404");
        assertThat(database.auditLog(10)).isEmpty();
    }

    @Test
    void aNewerArticleShowsASuccessorWithoutErasingThePastHolder() {
        Database database = store.database();
        Articles earlier = Articles.article("earlier", "Sato Ken, Governor of Aichi, spoke.");
        Articles later = Articles.article("later", "Ito Yui, Governor of Aichi, spoke.");
        database.save(new Extraction(earlier.document(), Optional.of(PartialDate.ofYear(2020)),
                List.<Fact>of(earlier.role(earlier.person("Sato Ken"), "Governor", earlier.place("Aichi")))));
        database.save(new Extraction(later.document(), Optional.of(PartialDate.ofYear(2024)),
                List.<Fact>of(later.role(later.person("Ito Yui"), "Governor", later.place("Aichi")))));

        List<KnowledgeFact> roles = database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.ROLE)).items();

        assertThat(roles).extracting(KnowledgeFact::summary, f -> f.lastSeen().orElseThrow()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Role: Sato Ken, Governor, Aichi", "2020"),
                org.assertj.core.groups.Tuple.tuple("Role: Ito Yui, Governor, Aichi", "2024"));
    }

    private static Entity entity(Database database, String name) {
        return database.entities(EntityQuery.all().withText(name)).items().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
