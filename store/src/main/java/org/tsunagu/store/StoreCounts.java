package org.tsunagu.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.document.DocumentRepository;
import org.tsunagu.store.fact.FactRepository;
import org.tsunagu.store.resolution.EntityReader;

/**
 * The store's counts, counted again only when the store changed ({@link StoreVersion}). Counting
 * reads every row of documents, facts and entities, and the home page asks on every request: at
 * 100,000 facts that was most of its time under load (p95 837 ms).
 */
final class StoreCounts {

    private record Counted(List<Long> version, Counts counts) {
    }

    private volatile Counted last;

    Counts read(Handle handle) {
        List<Long> version = StoreVersion.read(handle);
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
