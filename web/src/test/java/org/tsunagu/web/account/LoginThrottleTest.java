package org.tsunagu.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void letsFiveFailuresPassThenDoublesTheWait() {
        fail(5, "erin", "10.0.0.1");

        assertThat(throttle.wait("erin", "10.0.0.1", START)).hasValue(Duration.ofSeconds(1));
        fail(1, "erin", "10.0.0.1");
        assertThat(throttle.wait("erin", "10.0.0.1", START)).hasValue(Duration.ofSeconds(2));
        assertThat(throttle.wait("erin", "10.0.0.1", START.plusSeconds(2))).isEmpty();
    }

    @Test
    void neverHoldsUpTheSameNameFromAnotherAddress() {
        fail(40, "erin", "10.0.0.1");

        assertThat(throttle.wait("erin", "10.0.0.2", START)).isEmpty();
    }

    @Test
    void neverHoldsUpOtherNamesFromTheGuessingAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("name" + i, "10.0.0.1", START);
        }
        fail(10, "erin", "10.0.0.1");

        assertThat(throttle.wait("someone", "10.0.0.1", START)).isEmpty();
        assertThat(throttle.wait("name1", "10.0.0.1", START)).isEmpty();
    }

    @Test
    void neverWaitsLongerThanFiveMinutes() {
        fail(40, "erin", "10.0.0.1");

        assertThat(throttle.wait("ERIN", "10.0.0.1", START)).hasValue(Duration.ofMinutes(5));
    }

    @Test
    void forgetsOnSuccessAndAfterAQuarterOfAnHour() {
        fail(8, "erin", "10.0.0.1");
        assertThat(throttle.wait("erin", "10.0.0.1", START.plus(Duration.ofMinutes(16)))).isEmpty();

        throttle.succeeded("erin", "10.0.0.1");
        assertThat(throttle.wait("erin", "10.0.0.1", START)).isEmpty();
    }

    private void fail(int times, String name, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address, START);
        }
    }
}
