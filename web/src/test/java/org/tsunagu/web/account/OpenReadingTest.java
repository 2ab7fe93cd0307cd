package org.tsunagu.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

/** By default anyone reads; every write needs an account with a role, and a browser's write a CSRF token. */
class OpenReadingTest {

    private static final String PASSWORD = "editor's long password";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void anonymousVisitorsReadPagesAndTheApi() throws Exception {
        assertThat(server.get("/").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/facts").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousWritesAreRefusedWithoutReachingTheHandler() throws Exception {
        server.database().save(Samples.jetroChongqing());

        HttpResponse<String> api = server.send(HttpRequest.newBuilder(server.uri("/api/facts/1/accept"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> page = new SessionClient(server).postWithoutToken("/review/1/accept", Map.of());

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"tsunagu\"");
        assertThat(api.body()).contains("\"error\"");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(server.database().auditLog(10)).isEmpty();
    }

    @Test
    void aFormPostWithoutItsCsrfTokenOrWithAWrongOneIsRefused() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().accounts().add("erin", Role.EDITOR, PASSWORD);
        SessionClient browser = new SessionClient(server);
        browser.signIn("erin", PASSWORD);
        browser.get("/review");

        HttpResponse<String> without = browser.postWithoutToken("/review/1/accept", Map.of());
        HttpResponse<String> wrong = browser.postWithoutToken("/review/1/accept", Map.of("csrf", "guessed"));
        HttpResponse<String> right = browser.post("/review/1/accept", Map.of());

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(server.database().auditLog(10)).singleElement()
                .satisfies(entry -> assertThat(entry.user()).isEqualTo("erin"));
    }

    @Test
    void aWriteToAnAddressNoRouteAnswersChangesNothing() throws Exception {
        String token = token("ada", Role.ADMIN);

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/facts/1/delete"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aBearerTokenWorksUntilRevokedAndAnUnknownOneNever() throws Exception {
        String token = token("script", Role.VIEWER);

        assertThat(withToken("/api/facts", token).statusCode()).isEqualTo(200);
        assertThat(withToken("/api/facts", "tsu_madeup").statusCode()).isEqualTo(401);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/facts")).header("Authorization", "Basic YTpi"))
                .statusCode()).isEqualTo(401);

        server.database().accounts().revokeTokens("script");

        HttpResponse<String> revoked = withToken("/api/facts", token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("unknown or revoked API token");
    }

    private String token(String name, Role role) {
        server.database().accounts().add(name, role, PASSWORD);
        return server.database().accounts().issueToken(name);
    }

    private HttpResponse<String> withToken(String path, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token));
    }
}
