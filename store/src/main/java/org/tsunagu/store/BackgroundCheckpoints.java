package org.tsunagu.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Copies a SQLite file's write-ahead log into the file from a thread and connection of its own,
 * once a second, so that the writer's commits mostly only append to the log. When the writer's
 * commit copied the log itself, that copy was 45 % of the ingesting thread's time at 300,000
 * stored articles, and it grew with the file as each batch of documents touched index pages
 * spread wider through it. A passive checkpoint waits for no reader and no writer, but under a
 * writer that never pauses it never copies the whole log, and only a whole copy lets the log
 * start again from its beginning: left to this thread alone, the log grew until the disk was full
 * at 530,000 articles. So the writer still checkpoints once the log reaches
 * {@link #WRITER_CHECKPOINT_PAGES}, finding most of it copied already.
 */
final class BackgroundCheckpoints implements AutoCloseable {

    static final int WRITER_CHECKPOINT_PAGES = 10_000;
    static final String WRITER_CHECKPOINTS_PAST_A_LIMIT = "PRAGMA wal_autocheckpoint = " + WRITER_CHECKPOINT_PAGES;
    private static final String CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)";
    private static final long EVERY_MILLIS = 1_000;

    private final Handle handle;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread checkpoints = new Thread(task, "tsunagu-checkpoints");
        checkpoints.setDaemon(true);
        return checkpoints;
    });

    private BackgroundCheckpoints(Handle handle) {
        this.handle = handle;
    }

    static BackgroundCheckpoints start(Jdbi jdbi) {
        BackgroundCheckpoints checkpoints = new BackgroundCheckpoints(jdbi.open());
        checkpoints.thread.scheduleWithFixedDelay(checkpoints::checkpoint, EVERY_MILLIS, EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        return checkpoints;
    }

    private void checkpoint() {
        try {
            handle.createQuery(CHECKPOINT).mapToMap().list();
        } catch (JdbiException e) {
            // A file being closed or locked by a migration: the next round, or closing, copies the log.
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            handle.close();
        }
    }
}
