package org.tsunagu.web.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.web.HandMovedClock;

class OverviewCacheTest {

    private final HandMovedClock clock = new HandMovedClock();
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
}
