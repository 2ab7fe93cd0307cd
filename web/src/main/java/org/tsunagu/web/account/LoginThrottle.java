package org.tsunagu.web.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failed sign-ins for one account name, or from one address,
 * each further try must wait twice as long as the one before (1 s, 2 s, 4 s... at most 5
 * minutes). The count is forgotten after a quarter of an hour without failures, or on success.
 */
final class LoginThrottle {

    private static final int FREE_FAILURES = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Past this many remembered keys, old ones are dropped, so that guessing cannot fill the memory. */
    private static final int MAX_KEYS = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long the name and address must still wait, if at all. */
    Optional<Duration> wait(String name, String address, Instant now) {
        Duration byName = remaining(nameKey(name), now);
        Duration byAddress = remaining(addressKey(address), now);
        Duration longer = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String name, String address, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        for (String key : new String[] {nameKey(name), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(
                    old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1, now));
        }
    }

    void succeeded(String name, String address) {
        failures.remove(nameKey(name));
        failures.remove(addressKey(address));
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE_FAILURES || f.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        long seconds = Math.min(1L << Math.min(f.count() - FREE_FAILURES, 30), MAX_WAIT.toSeconds());
        Duration left = Duration.between(now, f.last().plusSeconds(seconds));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
