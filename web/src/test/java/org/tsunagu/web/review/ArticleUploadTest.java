package org.tsunagu.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.web.RunningServer;

class ArticleUploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = """
            Osaka Prefecture signs tourism pact with Quang Nam

            Osaka Prefecture and Quang Nam Province signed a memorandum of understanding on tourism \
            cooperation on March 3, 2025, the prefectural government said.
            """;

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private String admin;

    @BeforeEach
    void addAnAdmin() {
        server.database().accounts().add("ada", Role.ADMIN, "admin's long password");
        admin = server.database().accounts().issueToken("ada");
    }

    @Test
    void storesAnUploadedArticleOnceAndQueuesItsFactsForReview() throws Exception {
        HttpResponse<String> first = upload("/api/documents?name=osaka-quang-nam", "text/plain", ARTICLE, admin);
        HttpResponse<String> again = upload("/api/documents?name=copy", "text/plain", ARTICLE, admin);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.get("document").asText()).isEqualTo("osaka-quang-nam");
        assertThat(body.get("stored").asText()).isEqualTo("new");
        assertThat(body.at("/facts_by_type/agreement").asInt()).isEqualTo(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("stored").asText()).isEqualTo("unchanged");
        // the memorandum and its signing, each queued once, from the first upload
        assertThat(server.database().knowledgeFacts(KnowledgeQuery.all().withState(ReviewState.PROPOSED)).items())
                .hasSize(2)
                .allSatisfy(fact -> assertThat(fact.sources()).singleElement()
                        .satisfies(source -> assertThat(source.document()).isEqualTo("osaka-quang-nam")));
    }

    @Test
    void takesAMultipartFileAsABrowserSendsIt() throws Exception {
        String boundary = "tsunagu-boundary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"../../pact.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + ARTICLE + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = upload("/api/documents", "multipart/form-data; boundary=" + boundary, multipart,
                admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("document").asText()).isEqualTo("pact");
    }

    @Test
    void isForAdminsOnly() throws Exception {
        server.database().accounts().add("erin", Role.EDITOR, "editor's long password");

        HttpResponse<String> response = upload("/api/documents", "text/plain", ARTICLE,
                server.database().accounts().issueToken("erin"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.database().counts().documents()).isZero();
    }

    @Test
    void refusesWhatItCannotReadWithAReason() throws Exception {
        assertError(upload("/api/documents", "image/png", "PNG", admin), 400, "send text/plain");
        assertError(upload("/api/documents", "text/plain", "   ", admin), 422, "whitespace");
        assertError(upload("/api/documents", "text/plain", "x".repeat((int) ReviewRoutes.MAX_UPLOAD_BYTES + 1), admin),
                413, "at most 10 MB");
        assertThat(server.database().counts().documents()).isZero();
    }

    @Test
    void keepsTheFileNameInsideItsFolder() {
        assertThat(ArticleUpload.fileName("../../etc/passwd", ".txt")).isEqualTo("passwd.txt");
        assertThat(ArticleUpload.fileName("C:\\reports\\.hidden.md", "")).isEqualTo("hidden.md");
        assertThat(ArticleUpload.fileName("a<b>|c.txt", ".txt")).isEqualTo("a-b--c.txt");
        assertThat(ArticleUpload.fileName(null, ".html")).isEqualTo("upload.html");
    }

    private HttpResponse<String> upload(String path, String type, String body, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }
}
