package org.tsunagu.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;

/** With private reading, everything but signing in, the health check and static files needs an account. */
class PrivateReadingTest {

    private static final String PASSWORD = "viewer's long password";

    @RegisterExtension
    final RunningServer server = new RunningServer(ReadAccess.PRIVATE);

    @Test
    void sendsAnonymousVisitorsOfAPageToSignInAndBack() throws Exception {
        HttpResponse<String> response = server.get("/?q=osaka");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2F%3Fq%3Dosaka");
    }

    @Test
    void answersAnonymousApiCallsWith401() throws Exception {
        HttpResponse<String> response = server.get("/api/facts");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("sign in, or send an API token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/api/health", "/account/menu", "/review.js"})
    void leavesSigningInAndWhatItNeedsOpen(String path) throws Exception {
        assertThat(server.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void servesEveryStylesheetAndScriptThePagesLoad() throws Exception {
        Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(server.get("/login").body());
        List<String> found = new ArrayList<>();
        while (assets.find()) {
            found.add(assets.group(1));
        }

        assertThat(found).contains("/tsunagu.css").anySatisfy(path -> assertThat(path).contains("htmx.min.js"));
        for (String path : found) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void letsASignedInViewerRead() throws Exception {
        server.database().accounts().add("vera", Role.VIEWER, PASSWORD);
        SessionClient browser = new SessionClient(server);

        HttpResponse<String> signIn = browser.signIn("vera", PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/facts").statusCode()).isEqualTo(200);
    }
}
