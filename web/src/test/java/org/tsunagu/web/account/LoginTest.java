package org.tsunagu.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;

class LoginTest {

    private static final String PASSWORD = "editor's long password";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void addAnEditor() {
        server.database().accounts().add("erin", Role.EDITOR, PASSWORD);
    }

    @Test
    void signsInUnderANewSessionIdAndGoesWhereItWasAsked() throws Exception {
        SessionClient browser = new SessionClient(server);
        browser.get("/login?next=/review");
        String before = browser.sessionId();

        HttpResponse<String> response = browser.post("/login", Map.of("name", "erin", "password", PASSWORD,
                "next", "/review"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/review");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(before).isNotEmpty();
        assertThat(browser.sessionId()).isNotEmpty().isNotEqualTo(before);
        assertThat(browser.get("/account/menu").body()).contains("erin").contains("editor").contains("Sign out");
        assertThat(browser.get("/review").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownName() throws Exception {
        SessionClient browser = new SessionClient(server);

        HttpResponse<String> wrong = browser.signIn("erin", "not the password");
        HttpResponse<String> unknown = browser.signIn("nobody", PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong name or password.");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(browser.get("/review").statusCode()).isEqualTo(303);
        assertThat(browser.get("/account/menu").body()).contains("Sign in").doesNotContain("Sign out");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        SessionClient browser = new SessionClient(server);
        browser.signIn("erin", PASSWORD);
        browser.get("/account/menu");

        HttpResponse<String> response = browser.post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(browser.get("/review").statusCode()).isEqualTo(303);
    }

    @Test
    void aSessionEndsWithItsAccount() throws Exception {
        SessionClient browser = new SessionClient(server);
        browser.signIn("erin", PASSWORD);

        server.database().accounts().remove("erin");

        assertThat(browser.get("/review").statusCode()).isEqualTo(303);
    }

    @Test
    void aSignInFormNeedsItsCsrfToken() throws Exception {
        SessionClient browser = new SessionClient(server);
        browser.get("/login");

        HttpResponse<String> response = browser.postWithoutToken("/login", Map.of("name", "erin", "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/review").statusCode()).isEqualTo(303);
    }

    @Test
    void slowsDownRepeatedFailures() throws Exception {
        SessionClient browser = new SessionClient(server);
        HttpResponse<String> response = browser.signIn("erin", "guess 0");
        for (int guess = 1; guess < 10 && response.statusCode() != 429; guess++) {
            response = browser.signIn("erin", "guess " + guess);
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("Too many failed sign-ins");
    }

    @Test
    void escapesTheNameItShowsAgain() throws Exception {
        HttpResponse<String> response = new SessionClient(server).signIn("\"><script>alert(1)</script>", PASSWORD);

        assertThat(response.body()).doesNotContain("<script>alert").contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\"");
    }

    @ParameterizedTest
    @CsvSource({"/review?offset=20, /review?offset=20", "/, /", "//evil.example/, /", "/\\evil.example, /",
            "https://evil.example/, /", "javascript:alert(1), /", "'', /"})
    void goesAfterSigningInOnlyToAPathOnThisServer(String requested, String next) {
        assertThat(LoginRoutes.next(requested)).isEqualTo(next);
    }
}
