package org.tsunagu.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on several threads and hands the results to one
 * consumer in input order. Only a small window of inputs is in flight, so a corpus of any size
 * runs in bounded memory, and the consumer (a database writer, a line printer) stays
 * single-threaded.
 */
public final class InOrderWorkers {

    private final int threads;

    public InOrderWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    public static InOrderWorkers allCores() {
        return new InOrderWorkers(Runtime.getRuntime().availableProcessors());
    }

    public <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> consumer) {
        run(inputs, work, consumer, threads * 4);
    }

    /**
     * The same with up to {@code ahead} inputs in flight: for a consumer that now and then takes
     * long over one result (a database commit), so that the workers go on with the next inputs
     * meanwhile instead of waiting for it.
     */
    public <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> consumer, int ahead) {
        if (ahead < 1) {
            throw new IllegalArgumentException("at least one input must be in flight");
        }
        if (threads == 1) {
            inputs.forEachRemaining(input -> consumer.accept(work.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tsunagu-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<O>> window = new ArrayDeque<>();
            while (inputs.hasNext() || !window.isEmpty()) {
                while (window.size() < ahead && inputs.hasNext()) {
                    I input = inputs.next();
                    window.add(pool.submit(() -> work.apply(input)));
                }
                consumer.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
