package org.tsunagu.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.SessionClient;

/** The queue narrowed by its URL's filters, the API taking the same, and bulk decisions behind a confirmation. */
class ReviewQueueFilterTest {

    private static final String PASSWORD = "editor's long password";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private SessionClient editor;
    private long second;

    @BeforeEach
    void storeThirtyAgreementsAndSignInAnEditor() throws Exception {
        for (int number = 1; number <= 3; number++) {
            server.database().save(Samples.numbered(number));
        }
        server.database().save(Samples.daNangSakai());
        second = server.database().documents(10, 0).items().stream().filter(d -> d.name().equals("article-2"))
                .findFirst().orElseThrow().id();
        server.database().accounts().add("erin", Role.EDITOR, PASSWORD);
        editor = new SessionClient(server);
        editor.signIn("erin", PASSWORD);
    }

    @Test
    void narrowsTheQueueToItsFiltersAndKeepsThemWhenPaging() throws Exception {
        String agreements = editor.get("/review?type=agreement").body();
        String ofOneDocument = editor.get("/review?document=" + second).body();

        assertThat(agreements).contains("Proposed facts 1–20 of 30")
                .contains("href=\"/review?type=agreement&amp;offset=20\"");
        assertThat(ofOneDocument).contains("Proposed facts 1–10 of 10").contains("article-2")
                .contains("<input type=\"hidden\" name=\"document\" value=\"" + second + "\">");
    }

    @Test
    void listsTheSameSelectionThroughTheApi() throws Exception {
        HttpResponse<String> api = server.get("/api/facts?document=" + second + "&sort=confidence&min_confidence=0.5");
        HttpResponse<String> wrong = server.get("/api/facts?to=later");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"total\":10");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("to must be a date");
    }

    @Test
    void confirmsABulkDecisionWithTheNumberOfFactsBeforeChangingAny() throws Exception {
        editor.get("/review?type=agreement");

        HttpResponse<String> confirmation = editor.post("/review/bulk/confirm", Map.of("decision", "reject", "type", "agreement"));

        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Reject 30 facts?").contains("and 20 more")
                .contains("action=\"/review/bulk/apply\"");
        assertThat(Pattern.compile("name=\"fact\" value=\"\\d+\"").matcher(confirmation.body()).results().count())
                .isEqualTo(30);
        assertThat(server.database().knowledgeFacts(KnowledgeQuery.all().withState(ReviewState.PROPOSED)).total())
                .isEqualTo(34);
        assertThat(server.database().auditLog(10)).isEmpty();
    }

    @Test
    void appliesABulkDecisionOnlyWithTheSessionsTokenAndGoesBackToTheFilteredQueue() throws Exception {
        long fact = server.database().knowledgeFactIds(KnowledgeQuery.all()).get(0);
        editor.get("/review");

        HttpResponse<String> forged = editor.postWithoutToken("/review/bulk/apply",
                Map.of("decision", "accept", "fact", Long.toString(fact)));
        HttpResponse<String> applied = editor.post("/review/bulk/apply",
                Map.of("decision", "accept", "fact", Long.toString(fact), "type", "agreement"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(applied.statusCode()).isEqualTo(303);
        assertThat(applied.headers().firstValue("Location")).hasValue("/review?type=agreement");
        assertThat(server.database().knowledgeFact(fact).orElseThrow().reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(server.database().auditLog(10)).singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("fact:" + fact));
    }

    @Test
    void leavesBulkDecisionsToEditors() throws Exception {
        server.database().accounts().add("vic", Role.VIEWER, PASSWORD);
        SessionClient viewer = new SessionClient(server);
        viewer.signIn("vic", PASSWORD);

        assertThat(viewer.post("/review/bulk/confirm", Map.of("decision", "accept")).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/review/bulk/apply", Map.of("decision", "accept", "fact", "1")).statusCode())
                .isEqualTo(403);
    }
}
