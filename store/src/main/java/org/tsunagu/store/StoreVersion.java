package org.tsunagu.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A version of everything the store counts. Every change that moves a count adds a document, a
 * statement, an entity or an audit-log entry (a merge, split or review), all with growing ids,
 * so the largest of each id is a version that costs four index look-ups and holds across
 * processes: an ingest or a web server elsewhere moves it too.
 */
final class StoreVersion {

    private static final String VERSION = """
            SELECT (SELECT COALESCE(MAX(id), 0) FROM documents), (SELECT COALESCE(MAX(id), 0) FROM facts),
                   (SELECT COALESCE(MAX(id), 0) FROM kb_entities), (SELECT COALESCE(MAX(id), 0) FROM audit_log)""";

    private StoreVersion() {
    }

    static List<Long> read(Handle handle) {
        return handle.createQuery(VERSION)
                .map((row, context) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4))).one();
    }
}
