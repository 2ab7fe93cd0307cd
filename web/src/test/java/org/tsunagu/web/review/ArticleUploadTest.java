package org.tsunagu.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.web.RunningServer;

class ArticleUploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "tsunagu-form";
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
        JsonNode first = readOnceDone(upload("/api/documents?name=osaka-quang-nam", "text/plain", ARTICLE, admin));
        JsonNode again = readOnceDone(upload("/api/documents?name=copy", "text/plain", ARTICLE, admin));

        assertThat(first.get("status").asText()).isEqualTo("done");
        assertThat(first.get("document").asText()).isEqualTo("osaka-quang-nam");
        assertThat(first.get("stored").asText()).isEqualTo("new");
        assertThat(first.at("/facts_by_type/agreement").asInt()).isEqualTo(1);
        assertThat(again.get("stored").asText()).isEqualTo("unchanged");
        assertThat(again.get("document_id").asLong()).isEqualTo(first.get("document_id").asLong());
        assertThat(get(first.get("document_url").asText(), "application/json").statusCode()).isEqualTo(200);
        // the memorandum and its signing, each queued once, from the first upload
        assertThat(server.database().knowledgeFacts(KnowledgeQuery.all().withState(ReviewState.PROPOSED)).items())
                .hasSize(2)
                .allSatisfy(fact -> assertThat(fact.sources()).singleElement()
                        .satisfies(source -> assertThat(source.document()).isEqualTo("osaka-quang-nam")));
    }

    @Test
    void storesAJapaneseArticleWithoutFactsAndSaysItsLanguageIsNotRead() throws Exception {
        String japanese = "静岡県とカンホア省は、観光と水産業の協力に関する覚書を締結した。両地域は来年から職員の相互派遣を始める。";

        JsonNode upload = readOnceDone(upload("/api/documents?name=shizuoka", "text/plain", japanese, admin));
        JsonNode document = JSON.readTree(get(upload.get("document_url").asText(), "application/json").body());
        HttpResponse<String> page = get(upload.get("page").asText(), "text/html");

        String notice = "No facts were read: this article is in Japanese; Tsunagu reads English articles.";
        assertThat(upload.get("stored").asText()).isEqualTo("new");
        assertThat(upload.get("facts").asInt()).isZero();
        assertThat(upload.get("not_read").asText()).isEqualTo(notice);
        assertThat(document.get("language").asText()).isEqualTo("ja");
        assertThat(document.get("not_read").asText()).isEqualTo(notice);
        assertThat(document.get("facts")).isEmpty();
        assertThat(page.body()).contains(notice);
    }

    @Test
    void saysNothingOfLanguageForAnEnglishArticle() throws Exception {
        JsonNode upload = readOnceDone(upload("/api/documents?name=english", "text/plain", ARTICLE, admin));
        JsonNode document = JSON.readTree(get(upload.get("document_url").asText(), "application/json").body());

        assertThat(upload.has("not_read")).isFalse();
        assertThat(document.has("not_read")).isFalse();
    }

    @Test
    void answersAtOnceWithAStatusUrlWhileTheArticleWaitsForTheWorker() throws Exception {
        String longArticle = ARTICLE.repeat(3_000);

        HttpResponse<String> response = upload("/api/documents?name=long", "text/plain", longArticle, admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("queued");
        assertThat(body.get("url").asText()).startsWith("/api/uploads/");
        assertThat(response.headers().firstValue("Location")).contains(body.get("url").asText());
        assertThat(readOnceDone(response).get("status").asText()).isEqualTo("done");
    }

    @Test
    void showsABrowserAPageThatRefreshesUntilTheArticleIsRead() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/documents?name=pact"))
                .header("Authorization", "Bearer " + admin).header("Accept", "text/html")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("This article is being read");
        String page = JSON.readTree(get(response.headers().firstValue("Location").orElseThrow(), "application/json")
                .body()).get("page").asText();
        assertThat(response.headers().firstValue("Refresh")).contains("1; url=" + page);
        readOnceDone(response);
        HttpResponse<String> done = get(page, "text/html");
        assertThat(done.body()).contains("stored as a new document").contains("href=\"/documents/");
        assertThat(done.headers().firstValue("Refresh")).isEmpty();
    }

    @Test
    void takesAMultipartFileAsABrowserSendsIt() throws Exception {
        String boundary = "tsunagu-boundary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"../../pact.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + ARTICLE + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = upload("/api/documents", "multipart/form-data; boundary=" + boundary, multipart,
                admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(readOnceDone(response).get("document").asText()).isEqualTo("pact");
    }

    @Test
    void storesAPastedArticleWithItsDetailsAndListsItsFactsWithTheirPages() throws Exception {
        HttpResponse<String> response = upload("/api/documents", "multipart/form-data; boundary=" + BOUNDARY,
                form("text", ARTICLE, "title", "Osaka and Quang Nam sign pact", "outlet", "Kansai Trade Wire",
                        "url", "https://wire.example/osaka", "date", "2025-03-04"), admin);

        JsonNode upload = readOnceDone(response);
        JsonNode document = JSON.readTree(get(upload.get("document_url").asText(), "application/json").body());

        assertThat(upload.get("document").asText()).isEqualTo("osaka-and-quang-nam-sign-pact");
        assertThat(upload.get("read_facts").findValuesAsText("summary"))
                .contains("MOU: Osaka Prefecture — Quang Nam Province (2025-03-03)");
        assertThat(upload.get("read_facts").get(0).get("page").asText())
                .isEqualTo("/facts/" + upload.get("read_facts").get(0).get("id").asLong());
        assertThat(document.toString()).contains("Kansai Trade Wire", "https://wire.example/osaka", "2025-03-04",
                "Osaka and Quang Nam sign pact");
    }

    @Test
    void refusesAPastedArticleWhoseDetailsAreWrongSayingWhatToCorrect() throws Exception {
        HttpResponse<String> response = upload("/api/documents", "multipart/form-data; boundary=" + BOUNDARY,
                form("text", ARTICLE, "url", "javascript:alert(1)", "date", "March 2025"), admin);

        assertError(response, 400, "The address must be a web address starting with http:// or https://.");
        assertError(response, 400, "The date must be a day as YYYY-MM-DD");
        assertThat(server.database().documents(10, 0).total()).isZero();
    }

    @Test
    void saysOfAPastedJapaneseArticleThatNoFactsWereReadBecauseOfItsLanguage() throws Exception {
        String japanese = "長崎県とダナン市は、造船と観光の協力に関する覚書を交わした。両者は来春に共同の研修を開く。";

        JsonNode upload = readOnceDone(upload("/api/documents", "multipart/form-data; boundary=" + BOUNDARY,
                form("text", japanese, "title", "長崎とダナンが覚書"), admin));

        assertThat(upload.get("not_read").asText())
                .isEqualTo("No facts were read: this article is in Japanese; Tsunagu reads English articles.");
        assertThat(upload.get("read_facts")).isEmpty();
    }

    @Test
    void refusesAnUnknownUploadWith404() throws Exception {
        assertError(get("/api/uploads/no-such-upload", "application/json"), 404, "no upload");
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

    /** Follows the status URL of an accepted upload until the worker has read the article; at most 30 seconds. */
    private JsonNode readOnceDone(HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String url = accepted.headers().firstValue("Location").orElseThrow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode status = JSON.readTree(get(url, "application/json").body());
            if (!status.get("status").asText().equals("queued") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + admin)
                .header("Accept", accept));
    }

    private HttpResponse<String> upload(String path, String type, String body, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A multipart form of text fields, as a browser sends the paste form: name, value, name, value... */
    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(namesAndValues[i]).append("\"\r\n\r\n").append(namesAndValues[i + 1]).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }
}
