package org.tsunagu.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints how many documents are done while a job runs: a line whenever the count moved, checked
 * every {@code everyMillis}. Executors report their counts as their tasks end, so the count moves
 * a task's worth of articles at a time.
 */
public final class ExtractProgress {

    public static final ExtractProgress SILENT = new ExtractProgress(null, 0);

    private final PrintStream err;
    private final long everyMillis;

    public ExtractProgress(PrintStream err, long everyMillis) {
        this.err = err;
        this.everyMillis = everyMillis;
    }

    Polling poll(LongSupplier done, long total) {
        Polling polling = new Polling(done, total);
        if (err != null) {
            polling.thread.start();
        }
        return polling;
    }

    /** The polling thread of one job; closing it prints the final count. */
    final class Polling implements AutoCloseable {

        private final LongSupplier done;
        private final long total;
        private final Thread thread;
        private long printed = -1;

        private Polling(LongSupplier done, long total) {
            this.done = done;
            this.total = total;
            this.thread = new Thread(this::loop, "tsunagu-progress");
            thread.setDaemon(true);
        }

        private void loop() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(everyMillis);
                    printIfMoved();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private synchronized void printIfMoved() {
            long now = Math.min(done.getAsLong(), total);
            if (now != printed) {
                err.printf(Locale.ROOT, "extracted %,d of %,d documents%n", now, total);
                printed = now;
            }
        }

        @Override
        public void close() {
            if (err == null) {
                return;
            }
            thread.interrupt();
            printIfMoved();
        }
    }
}
