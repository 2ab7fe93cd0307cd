package org.tsunagu.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.document.DocumentRepository;
import org.tsunagu.store.fact.FactRepository;
import org.tsunagu.store.resolution.EntityReader;

/**
 * The store's counts, counted again only when the store changed. Counting reads every row of
 * documents, facts and entities, and the home page asks on every request: at 100,000 facts that
 * was most of its time under load (p95 837 ms). Every change that moves a count adds a document,
 * a statement, an entity or an audit-log entry (a merge, split or review), all with growing ids,
 * so the largest of each id is a version of the counts that costs four index lookups and holds
 * across processes: an ingest or a web server elsewhere moves it too.
 */
final class StoreCounts {

    private static final String VERSION = """
            SELECT (SELECT COALESCE(MAX(id), 0) FROM documents), (SELECT COALESCE(MAX(id), 0) FROM facts),
                   (SELECT COALESCE(MAX(id), 0) FROM kb_entities), (SELECT COALESCE(MAX(id), 0) FROM audit_log)""";

    private record Counted(List<Long> version, Counts counts) {
    }

    private volatile Counted last;

    Counts read(Handle handle) {
        List<Long> version = handle.createQuery(VERSION)
                .map((row, context) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4))).one();
        Counted counted = last;
        if (counted != null && counted.version().equals(version)) {
            return counted.counts();
        }
        Counts counts = new Counts(DocumentRepository.count(handle), EntityReader.count(handle),
                FactRepository.count(handle), FactRepository.countByType(handle));
        last = new Counted(version, counts);
        return counts;
    }
}
