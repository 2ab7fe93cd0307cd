package org.tsunagu.store;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Connections kept open for reading, each used by one thread at a time. Opening a SQLite
 * connection for every read costs more than most reads: SQLite parses the whole schema again on a
 * new connection's first statement, and prepares each statement again, which together are most of
 * the time of a page's small, indexed queries. Reads run outside transactions, so each statement
 * sees what was last committed.
 */
final class ReadConnections implements AutoCloseable {

    /** More idle connections than busy web threads are ever likely to want at once are closed. */
    private static final int MAX_IDLE = 16;

    private final Jdbi jdbi;
    private final BlockingDeque<Handle> idle = new LinkedBlockingDeque<>();
    private volatile boolean closed;

    ReadConnections(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = idle.pollFirst();
        if (handle == null) {
            handle = jdbi.open().setStatementBuilder(new CachedStatements());
        }
        boolean reusable = false;
        try {
            T result = callback.withHandle(handle);
            reusable = !handle.isInTransaction();
            return result;
        } finally {
            if (reusable && !closed && idle.size() < MAX_IDLE) {
                idle.offerFirst(handle);
            } else {
                handle.close();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Handle handle = idle.pollFirst(); handle != null; handle = idle.pollFirst()) {
            handle.close();
        }
    }
}
