package org.tsunagu.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class UndoTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;
    private long agreement;

    @BeforeEach
    void storeTheSamples() {
        database = store.database();
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());
        agreement = database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).items().get(0).id();
    }

    @Test
    void undoesAnAcceptAndRecordsTheUndo() {
        AuditEntry accept = database.apply(new Operation.Accept(agreement), "ada");

        AuditEntry undo = database.undo(accept.id(), "ben");

        assertThat(fact().reviewState()).isEqualTo(ReviewState.PROPOSED);
        assertThat(undo.target()).isEqualTo("fact:" + agreement);
        assertThat(undo.user()).isEqualTo("ben");
        assertThat(undo.json().at("/operation/op").asText()).isEqualTo("undo");
        assertThat(undo.json().at("/operation/entry").asLong()).isEqualTo(accept.id());
        assertThat(undo.json().at("/after/state").asText()).isEqualTo("proposed");
        assertThat(database.factHistory(agreement)).extracting(AuditEntry::id).containsExactly(accept.id(), undo.id());
    }

    @Test
    void undoesAnEditBackToTheValuesBeforeIt() {
        String summaryBefore = fact().summary();
        AuditEntry edit = database.apply(new Operation.Edit(agreement, Map.of("date", "2013-11-01")), "ada");

        database.undo(edit.id(), "ada");

        assertThat(fact().edits()).isEmpty();
        assertThat(fact().summary()).isEqualTo(summaryBefore);
    }

    @Test
    void refusesToUndoADecisionALaterOneOnTheSameFactDependsOn() {
        AuditEntry accept = database.apply(new Operation.Accept(agreement), "ada");
        AuditEntry reject = database.apply(new Operation.Reject(agreement), "ben");

        assertThat(database.undoBlockers(List.of(accept, reject))).containsOnlyKeys(accept.id())
                .hasEntrySatisfying(accept.id(), reason -> assertThat(reason).contains("entry " + reject.id()));
        assertThatThrownBy(() -> database.undo(accept.id(), "ada")).isInstanceOf(CurationException.class)
                .hasMessageContaining("cannot be undone");
        assertThat(fact().reviewState()).isEqualTo(ReviewState.REJECTED);
    }

    @Test
    void refusesToUndoADecisionALaterMergeOfOneOfItsEntitiesDependsOn() {
        AuditEntry accept = database.apply(new Operation.Accept(agreement), "ada");
        long jetro = EntityIds.of(database, "JETRO");
        long committee = EntityIds.of(database, "Đà Nẵng People's Committee");
        database.apply(new Operation.Merge(committee, jetro), "ada");

        assertThat(database.undoBlockers(List.of(accept))).containsKey(accept.id());
    }

    @Test
    void saysWhyAMergeCannotBeUndone() {
        long jetro = EntityIds.of(database, "JETRO");
        long committee = EntityIds.of(database, "Đà Nẵng People's Committee");
        AuditEntry merge = database.apply(new Operation.Merge(committee, jetro), "ada");

        assertThat(database.undoBlockers(List.of(merge)).get(merge.id())).isEqualTo(Undo.MERGE);
        assertThatThrownBy(() -> database.undo(merge.id(), "ada")).isInstanceOf(CurationException.class);
    }

    @Test
    void anUndoCanItselfBeUndone() {
        AuditEntry accept = database.apply(new Operation.Accept(agreement), "ada");
        AuditEntry undo = database.undo(accept.id(), "ada");

        database.undo(undo.id(), "ada");

        assertThat(fact().reviewState()).isEqualTo(ReviewState.ACCEPTED);
    }

    private KnowledgeFact fact() {
        return database.knowledgeFact(agreement).orElseThrow();
    }
}
