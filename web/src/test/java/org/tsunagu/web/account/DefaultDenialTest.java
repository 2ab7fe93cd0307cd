package org.tsunagu.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.TemporaryDatabase;

/**
 * A route added later by someone who knows nothing of accounts: its reads follow the read
 * access, its writes are refused to everyone, an admin included, until it declares a role.
 */
class DefaultDenialTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Javalin app;
    private String adminToken;

    @BeforeEach
    void startAnAppWithUndeclaredRoutes() {
        store.database().accounts().add("ada", Role.ADMIN, "admin's long password");
        adminToken = store.database().accounts().issueToken("ada");
        app = Javalin.create(config -> config.showJavalinBanner = false);
        AccessControl.install(app, store.database().accounts(), ReadAccess.OPEN, Clock.systemUTC());
        app.get("/undeclared", ctx -> ctx.result("read"));
        app.post("/undeclared", ctx -> ctx.result("written"));
        app.delete("/undeclared", ctx -> ctx.result("deleted"));
        app.post("/declared", ctx -> ctx.result("written"), AccessRole.EDITOR);
        app.start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void refusesWritesToARouteThatDeclaresNoRoleEvenToAnAdmin() throws Exception {
        HttpResponse<String> post = send("POST", "/undeclared");
        HttpResponse<String> delete = send("DELETE", "/undeclared");

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).isEqualTo("POST /undeclared is open to no one").doesNotContain("written");
        assertThat(delete.statusCode()).isEqualTo(403);
    }

    @Test
    void letsAnyoneReadItAndARoleWriteWhereOneIsDeclared() throws Exception {
        assertThat(send("GET", "/undeclared").body()).isEqualTo("read");
        assertThat(send("POST", "/declared").body()).isEqualTo("written");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                        .header("Authorization", "Bearer " + adminToken)
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
