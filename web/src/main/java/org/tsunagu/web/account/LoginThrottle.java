package org.tsunagu.web.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failed sign-ins for one account name from one address, each
 * further try of that name from that address must wait twice as long as the one before (1 s,
 * 2 s, 4 s... at most 5 minutes). Only the pair is slowed: the owner signing in from another
 * address is never held up by someone else's guesses, and the guesser's other names are not
 * either. The count is forgotten after a quarter of an hour without failures, or on success.
 */
final class LoginThrottle {

    private static final int FREE_FAILURES = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Past this many remembered pairs, old ones are dropped, so that guessing cannot fill the memory. */
    private static final int MAX_KEYS = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long the name must still wait from the address, if at all. */
    Optional<Duration> wait(String name, String address, Instant now) {
        Failures f = failures.get(key(name, address));
        if (f == null || f.count() < FREE_FAILURES || f.last().plus(FORGET_AFTER).isBefore(now)) {
            return Optional.empty();
        }
        long seconds = Math.min(1L << Math.min(f.count() - FREE_FAILURES, 30), MAX_WAIT.toSeconds());
        Duration left = Duration.between(now, f.last().plusSeconds(seconds));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void failed(String name, String address, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        failures.merge(key(name, address), new Failures(1, now), (old, one) -> new Failures(
                old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1, now));
    }

    void succeeded(String name, String address) {
        failures.remove(key(name, address));
    }

    private static String key(String name, String address) {
        return (name == null ? "" : name.toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}
