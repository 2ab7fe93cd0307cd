package org.tsunagu.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.JsonBodies;
import org.tsunagu.web.RunningServer;

/** {@code POST /api/audit/{id}/undo}: a decision taken back by a script, once, and only where nothing depends on it. */
class UndoApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private String editor;
    private long fact;

    @BeforeEach
    void storeTheSamplesAndAnEditor() {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());
        server.database().accounts().add("erin", Role.EDITOR, "a long enough password");
        editor = server.database().accounts().issueToken("erin");
        fact = server.database().knowledgeFacts(KnowledgeQuery.all().withType(FactType.ROLE)).items().get(0).id();
    }

    @Test
    void undoesARejectOnceAndRefusesTheSecondTimeSayingWhy() throws Exception {
        AuditEntry reject = server.database().apply(new Operation.Reject(fact), "erin");

        HttpResponse<String> undone = undo(reject.id());
        HttpResponse<String> again = undo(reject.id());

        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        JsonNode entry = JsonBodies.json(undone);
        assertThat(entry.at("/operation/op").asText()).isEqualTo("undo");
        assertThat(entry.get("user").asText()).isEqualTo("erin");
        assertThat(server.database().knowledgeFact(fact).orElseThrow().reviewState()).isEqualTo(ReviewState.PROPOSED);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.json(again).get("error").asText()).contains("later change (entry " + entry.get("id").asLong());
    }

    @Test
    void refusesToUndoAMergeAndKnowsNoUnknownEntry() throws Exception {
        AuditEntry merge = server.database().apply(new Operation.Merge(
                EntityIds.of(server.database(), "Chongqing Municipal Government"),
                EntityIds.of(server.database(), "JETRO")), "erin");

        assertThat(undo(merge.id()).statusCode()).isEqualTo(409);
        assertThat(JsonBodies.json(undo(merge.id())).get("error").asText()).contains("a merge cannot be undone");
        assertThat(undo(999_999).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> undo(long entry) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/audit/" + entry + "/undo"))
                .header("Authorization", "Bearer " + editor).POST(HttpRequest.BodyPublishers.noBody()));
    }
}
