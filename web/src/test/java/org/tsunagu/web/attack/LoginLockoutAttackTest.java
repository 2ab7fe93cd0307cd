package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;

/** Someone guessing the admin's password from one address slows down only their own guesses. */
class LoginLockoutAttackTest {

    private static final String PASSWORD = "the admin's long password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void addTheAdmin() {
        server.database().accounts().add("root-admin", Role.ADMIN, PASSWORD);
        server.database().accounts().add("erin", Role.EDITOR, "editor's long password");
    }

    @Test
    void theOwnerSignsInFromAnotherAddressWhileSomeoneGuessesTheirPassword() throws Exception {
        LoopbackClient guesser = new LoopbackClient(LoopbackClient.FIRST, server.port());
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            guesses.add(signIn(guesser, "root-admin", "wrong guess " + i).status());
        }

        LoopbackClient owner = new LoopbackClient(LoopbackClient.SECOND, server.port());
        LoopbackClient.Response signedIn = signIn(owner, "root-admin", PASSWORD);

        assertThat(guesses).contains(429);
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).hasValue("/");
    }

    @Test
    void guessesAtOneNameDoNotHoldUpAnotherNameFromTheSameAddress() throws Exception {
        LoopbackClient shared = new LoopbackClient(LoopbackClient.FIRST, server.port());
        for (int i = 0; i < 12; i++) {
            signIn(shared, "root-admin", "wrong guess " + i);
        }

        assertThat(signIn(shared, "erin", "editor's long password").status()).isEqualTo(303);
        assertThat(signIn(shared, "root-admin", PASSWORD).status()).isEqualTo(429);
    }

    /** Opens the sign-in form for its cookie and CSRF token and sends it filled in, as a browser does. */
    private static LoopbackClient.Response signIn(LoopbackClient client, String name, String password) throws IOException {
        LoopbackClient.Response form = client.get("/login", Map.of());
        String cookie = form.sessionCookie().orElseThrow();
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "name=" + encoded(name) + "&password=" + encoded(password) + "&csrf=" + encoded(csrf.group(1));
        return client.send("POST", "/login", Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                body);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
