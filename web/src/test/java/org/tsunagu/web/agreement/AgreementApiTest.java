package org.tsunagu.web.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.web.RunningServer;

/** Agreements followed up through JSON: their commitments, an editor's status, and the agreements that expire soon. */
class AgreementApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private long mou;

    @BeforeEach
    void storeACommittedMou() {
        server.database().save(CommittedMou.report());
        mou = server.database().knowledgeFactIds(KnowledgeQuery.all()).get(0);
    }

    @Test
    void givesTheAgreementsStatusTermAndCommitmentsWithTheFact() throws Exception {
        JsonNode followUp = JSON.readTree(server.get("/api/facts/" + mou).body()).get("follow_up");

        assertThat(followUp.get("status").asText()).isEqualTo("in_force");
        assertThat(followUp.get("term").get("years").asInt()).isEqualTo(3);
        assertThat(followUp.get("commitments").findValuesAsText("text")).containsExactly(CommittedMou.FAIR, CommittedMou.TRAINEES);
        assertThat(followUp.get("commitments").findValuesAsText("status")).containsOnly("planned");
        assertThat(followUp.get("commitments").get(0).get("activity")).isEmpty();
    }

    @Test
    void letsAnEditorMarkACommitmentDoneAndNotAViewer() throws Exception {
        String body = "{\"commitment\": \"" + CommittedMou.FAIR + "\", \"status\": \"done\"}";

        assertThat(post("/api/facts/" + mou + "/commitments", token("vic", Role.VIEWER), body).statusCode()).isEqualTo(403);
        HttpResponse<String> done = post("/api/facts/" + mou + "/commitments", token("erin", Role.EDITOR), body);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(done.body());
        assertThat(answer.get("follow_up").get("commitments").get(0).get("status").asText()).isEqualTo("done");
        assertThat(answer.get("audit").get("target").asText()).isEqualTo("agreement:" + mou);
    }

    @Test
    void refusesAnUnknownStatus() throws Exception {
        HttpResponse<String> response = post("/api/facts/" + mou + "/commitments", token("erin", Role.EDITOR),
                "{\"commitment\": \"" + CommittedMou.FAIR + "\", \"status\": \"finished\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("status must be");
    }

    @Test
    void listsTheAgreementThatExpiresWithinAYear() throws Exception {
        JsonNode expiring = JSON.readTree(server.get("/api/agreements/expiring").body());

        assertThat(expiring.get("total").asInt()).isEqualTo(1);
        assertThat(expiring.get("items").get(0).get("fact").asLong()).isEqualTo(mou);
        assertThat(JSON.readTree(server.get("/api/agreements/quiet").body()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void letsAnEditorConfirmTheActivitySuggestedForACommitment() throws Exception {
        server.database().save(CommittedMou.laterFestival());
        JsonNode suggested = JSON.readTree(server.get("/api/facts/" + mou).body()).get("follow_up").get("commitments").get(0)
                .get("activity").get(0);
        assertThat(suggested.get("decision").asText()).isEqualTo("suggested");

        HttpResponse<String> confirmed = post("/api/facts/" + mou + "/activity", token("erin", Role.EDITOR),
                "{\"commitment\": \"" + CommittedMou.FAIR + "\", \"activity\": " + suggested.get("fact").asLong()
                        + ", \"decision\": \"confirmed\"}");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonNode fair = JSON.readTree(confirmed.body()).get("follow_up").get("commitments").get(0);
        assertThat(fair.get("activity").get(0).get("decision").asText()).isEqualTo("confirmed");
        assertThat(fair.get("status").asText()).isEqualTo("in_progress");
    }

    @Test
    void letsAnEditorCancelAnAgreementAndUndoTheCancellation() throws Exception {
        String editor = token("erin", Role.EDITOR);
        HttpResponse<String> cancelled = post("/api/facts/" + mou + "/cancellation", editor,
                "{\"cancelled\": true, \"on\": \"2026-02-15\", \"reason\": \"merged into a wider accord\"}");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(cancelled.body());
        assertThat(answer.get("follow_up").get("status").asText()).isEqualTo("cancelled");
        assertThat(answer.get("follow_up").get("cancellation").get("reason").asText()).isEqualTo("merged into a wider accord");

        HttpResponse<String> undone = post("/api/audit/" + answer.get("audit").get("id").asLong() + "/undo", editor, "");

        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(JSON.readTree(server.get("/api/facts/" + mou).body()).get("follow_up").get("status").asText())
                .isEqualTo("in_force");
    }

    private String token(String name, Role role) {
        server.database().accounts().add(name, role, "a long enough password");
        return server.database().accounts().issueToken(name);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
