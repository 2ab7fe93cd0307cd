package org.tsunagu.web.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.graph.Graph;

class OverviewCacheTest {

    private final Hands clock = new Hands();
    private final OverviewCache cache = new OverviewCache(clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void answersTheSameQuestionFromMemoryWithinAMinute() {
        read(Set.of());
        clock.advance(OverviewCache.FRESH.minusSeconds(1));
        read(Set.of());

        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainOnceAMinuteHasPassed() {
        read(Set.of());
        clock.advance(OverviewCache.FRESH);
        read(Set.of());

        assertThat(reads).hasValue(2);
    }

    @Test
    void readsAnotherQuestionAfresh() {
        read(Set.of());
        read(Set.of(FactType.AGREEMENT));

        assertThat(reads).hasValue(2);
    }

    private void read(Set<FactType> kinds) {
        cache.get(kinds, 30, () -> {
            reads.incrementAndGet();
            return Graph.empty();
        });
    }

    /** A clock the test moves on by hand. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-11-23T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
