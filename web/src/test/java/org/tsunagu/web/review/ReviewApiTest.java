package org.tsunagu.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class ReviewApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MOU = 1;

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeAnAgreement() {
        server.database().save(Samples.jetroChongqing());
    }

    @Test
    void aViewerCannotAcceptAFactButAnEditorCanAndTheAuditLogNamesTheEditor() throws Exception {
        HttpResponse<String> byViewer = post("/api/facts/1/accept", token("vic", Role.VIEWER), "");
        assertThat(byViewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(byViewer.body()).get("error").asText()).isEqualTo("this needs the editor role");
        assertThat(state()).isEqualTo(ReviewState.PROPOSED);

        HttpResponse<String> byEditor = post("/api/facts/1/accept", token("erin", Role.EDITOR), "");

        assertThat(byEditor.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(byEditor.body());
        assertThat(body.at("/fact/review_state").asText()).isEqualTo("accepted");
        assertThat(body.at("/audit/user").asText()).isEqualTo("erin");
        assertThat(state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(server.database().auditLog(10)).singleElement().satisfies(entry -> {
            assertThat(entry.user()).isEqualTo("erin");
            assertThat(entry.target()).isEqualTo("fact:1");
        });
    }

    @Test
    void rejectsAndEditsAFact() throws Exception {
        String editor = token("erin", Role.EDITOR);

        HttpResponse<String> edited = post("/api/facts/1/edit", editor, "{\"date\": \"2013-11-01\"}");
        HttpResponse<String> rejected = post("/api/facts/1/reject", editor, "");

        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(edited.body()).at("/fact/edits/date").asText()).isEqualTo("2013-11-01");
        assertThat(JSON.readTree(edited.body()).at("/fact/summary").asText()).contains("2013-11-01");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(state()).isEqualTo(ReviewState.REJECTED);
    }

    @Test
    void explainsWhatItCannotDoWithA4xxAndAJsonError() throws Exception {
        String editor = token("erin", Role.EDITOR);

        assertError(post("/api/facts/999/accept", editor, ""), 404, "no fact 999");
        assertError(post("/api/facts/one/accept", editor, ""), 400, "a fact id is a whole number");
        assertError(post("/api/facts/1/edit", editor, "{\"signatories\": \"x\"}"), 400, "no editable field 'signatories'");
        assertError(post("/api/facts/1/edit", editor, "{\"parties\": \"x\"}"), 400, "parties needs at least 2 entities");
        assertError(post("/api/facts/1/edit", editor, "{\"date\": \"soon\"}"), 400, "not valid");
        assertError(post("/api/facts/1/edit", editor, "date=2013"), 400, "not JSON");
        assertError(post("/api/facts/1/edit", editor, "{}"), 400, "send a JSON object");
        assertThat(state()).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void listsTheAuditLogToEditorsOnly() throws Exception {
        String editor = token("erin", Role.EDITOR);
        post("/api/facts/1/accept", editor, "");

        HttpResponse<String> forEditor = get("/api/audit?limit=5", editor);
        HttpResponse<String> forViewer = get("/api/audit", token("vic", Role.VIEWER));
        HttpResponse<String> forAnyone = server.get("/api/audit");

        JsonNode entry = JSON.readTree(forEditor.body()).get("items").get(0);
        assertThat(entry.get("user").asText()).isEqualTo("erin");
        assertThat(entry.at("/operation/op").asText()).isEqualTo("accept");
        assertThat(entry.at("/after/state").asText()).isEqualTo("accepted");
        assertThat(forViewer.statusCode()).isEqualTo(403);
        assertThat(forAnyone.statusCode()).isEqualTo(401);
    }

    private ReviewState state() {
        return server.database().knowledgeFact(MOU).orElseThrow().reviewState();
    }

    private String token(String name, Role role) {
        server.database().accounts().add(name, role, "a long enough password");
        return server.database().accounts().issueToken(name);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token));
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }
}
