package org.tsunagu.store;

import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.resolution.WriterCache;

/**
 * The databases the store runs on. Each has its own folder of Flyway migrations with the same
 * version numbers and meaning; queries are written once in SQL both accept (PostgreSQL's V1
 * defines the few SQLite functions they use), and what differs is here.
 */
public enum Dialect {

    SQLITE("classpath:db/migration/sqlite") {
        @Override
        void beginWrite(Handle handle, WriterCache cache) {
            // SQLite has one writer at a time already (transactions begin IMMEDIATE).
            cache.validate(handle);
        }

        @Override
        void deferForeignKeys(Handle handle) {
            handle.execute("PRAGMA defer_foreign_keys = ON");
        }

        @Override
        void commitWithoutWaitingForTheDisk(Handle handle) {
            // The file is in WAL mode with synchronous = NORMAL already: commits do not wait for the disk.
        }
    },

    POSTGRESQL("classpath:db/migration/postgresql") {
        @Override
        void beginWrite(Handle handle, WriterCache cache) {
            handle.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", WRITER_LOCK).mapTo(String.class).one();
            // Another process may have written since this one's last turn; nothing tells which rows.
            cache.clear();
        }

        @Override
        void deferForeignKeys(Handle handle) {
            // Its migrations declare every foreign key DEFERRABLE for this.
            handle.execute("SET CONSTRAINTS ALL DEFERRED");
        }

        @Override
        void commitWithoutWaitingForTheDisk(Handle handle) {
            handle.execute("SET LOCAL synchronous_commit = off");
        }
    };

    /**
     * The advisory lock that makes the writers of one PostgreSQL database take turns, as SQLite's
     * writers do: entity resolution reads what earlier documents made of each name and decides
     * from it, so two documents resolved at once could each create the entity the other also
     * creates. Unique keys refuse such duplicates; the lock keeps them from being attempted, so
     * several ingests at once give the graph one ingest gives. Extraction, most of ingest's time,
     * still runs in parallel.
     */
    private static final long WRITER_LOCK = 0x7473756e61677557L;

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The dialect of what a user typed after {@code --db}: a {@code jdbc:postgresql:} URL, else SQLite. */
    public static Dialect of(String location) {
        return location.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /** Where Flyway finds this dialect's migrations. */
    public String migrations() {
        return migrations;
    }

    /** Makes the write transaction that {@code handle} just began this process's turn to write. */
    abstract void beginWrite(Handle handle, WriterCache cache);

    /** Checks the foreign keys of the transaction {@code handle} is in at its commit rather than row by row. */
    abstract void deferForeignKeys(Handle handle);

    /**
     * Lets the commit of the transaction {@code handle} is in return before its log reaches the
     * disk. For a batch of articles only: a crash of the server may lose the batches of its last
     * moment, never half of one, and the same ingest run again stores them again (articles are
     * known by their content). 3,000 articles into PostgreSQL took 41 s instead of 51–55 s.
     */
    abstract void commitWithoutWaitingForTheDisk(Handle handle);
}
