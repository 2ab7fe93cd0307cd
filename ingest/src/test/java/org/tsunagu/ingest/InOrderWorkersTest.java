package org.tsunagu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderWorkersTest {

    @Test
    void handsResultsToTheConsumerInInputOrderWhateverTheWorkersTake() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        new InOrderWorkers(4).run(inputs.iterator(), i -> {
            threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
            sleepMicros((500 - i) % 7 * 50);
            return i * 2;
        }, seen::add);

        assertThat(seen).isEqualTo(inputs.stream().map(i -> i * 2).toList());
        assertThat(threads).hasSizeGreaterThan(1);
    }

    @Test
    void consumesOnTheCallingThreadOnly() {
        Thread caller = Thread.currentThread();
        List<Thread> consumers = new ArrayList<>();
        new InOrderWorkers(3).run(IntStream.range(0, 50).boxed().iterator(), i -> i, i -> consumers.add(Thread.currentThread()));
        assertThat(consumers).hasSize(50).containsOnly(caller);
    }

    @Test
    void workersGoOnWithTheInputsAheadWhileTheConsumerIsBusy() {
        AtomicInteger done = new AtomicInteger();
        List<Integer> doneWhenTheFirstWasConsumed = new ArrayList<>();

        new InOrderWorkers(2).run(IntStream.range(0, 100).boxed().iterator(), i -> done.incrementAndGet(), i -> {
            if (doneWhenTheFirstWasConsumed.isEmpty()) {
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (done.get() < 50 && System.nanoTime() < deadline) {
                    sleepMicros(1_000);
                }
                doneWhenTheFirstWasConsumed.add(done.get());
            }
        }, 50);

        assertThat(doneWhenTheFirstWasConsumed).containsExactly(50);
    }

    @Test
    void passesAWorkersFailureToTheCaller() {
        assertThatThrownBy(() -> new InOrderWorkers(2).run(List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) {
                throw new IllegalStateException("broken input " + i);
            }
            return i;
        }, i -> { })).isInstanceOf(IllegalStateException.class).hasMessage("broken input 2");
    }

    private static void sleepMicros(long micros) {
        try {
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
