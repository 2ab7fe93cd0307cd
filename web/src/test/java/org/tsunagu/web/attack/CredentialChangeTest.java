package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.SessionClient;

/**
 * Whoever learnt a password keeps nothing once it is changed: the sessions signed in with it and
 * the account's API tokens stop working at once, in the running server, though the change was
 * made by another program over the same database (as {@code tsunagu users password} does).
 */
class CredentialChangeTest {

    private static final String PASSWORD = "editor's long password";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private SessionClient browser;
    private String token;

    @BeforeEach
    void signInAndIssueAToken() throws Exception {
        server.database().accounts().add("erin", Role.EDITOR, PASSWORD);
        browser = new SessionClient(server);
        browser.signIn("erin", PASSWORD);
        token = server.database().accounts().issueToken("erin");
        assertThat(browser.get("/api/audit").statusCode()).isEqualTo(200);
        assertThat(withToken("/api/audit")).isEqualTo(200);
    }

    @Test
    void aPasswordChangeEndsTheOldSessionAndToken() throws Exception {
        server.database().accounts().changePassword("erin", "a brand new long password");

        assertThat(browser.get("/api/audit").statusCode()).isEqualTo(401);
        assertThat(withToken("/api/audit")).isEqualTo(401);
        assertThat(new SessionClient(server).signIn("erin", "a brand new long password").statusCode()).isEqualTo(303);
    }

    @Test
    void signingOutEverywhereEndsTheSessionAndTokenButKeepsThePassword() throws Exception {
        server.database().accounts().signOutEverywhere("erin");

        assertThat(browser.get("/api/audit").statusCode()).isEqualTo(401);
        assertThat(browser.get("/review").statusCode()).isEqualTo(303);
        assertThat(withToken("/api/audit")).isEqualTo(401);
        SessionClient again = new SessionClient(server);
        again.signIn("erin", PASSWORD);
        assertThat(again.get("/api/audit").statusCode()).isEqualTo(200);
    }

    private int withToken(String path) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)).statusCode();
    }
}
