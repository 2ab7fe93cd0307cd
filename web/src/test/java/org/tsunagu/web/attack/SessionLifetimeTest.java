package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.HandMovedClock;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.ReadAccess;
import org.tsunagu.web.account.SessionClient;

/** A stolen session cookie is worth twelve hours at most, however busy the session is kept. */
class SessionLifetimeTest {

    private static final String PASSWORD = "auditor's long password";

    private final HandMovedClock clock = new HandMovedClock();

    @RegisterExtension
    final RunningServer server = new RunningServer(ReadAccess.OPEN, clock);

    @Test
    void endsASessionTwelveHoursAfterSigningInEvenWhileItIsInUse() throws Exception {
        server.database().accounts().add("ada", Role.EDITOR, PASSWORD);
        SessionClient browser = new SessionClient(server);
        browser.signIn("ada", PASSWORD);

        for (int hour = 0; hour < 12; hour++) {
            assertThat(browser.get("/api/audit").statusCode()).as("after %d hours", hour).isEqualTo(200);
            clock.advance(Duration.ofMinutes(59));
        }
        clock.advance(Duration.ofMinutes(13));

        assertThat(browser.get("/api/audit").statusCode()).isEqualTo(401);
        assertThat(browser.get("/review").statusCode()).isEqualTo(303);
    }
}
