package org.tsunagu.store;

import org.jdbi.v3.core.Handle;
import org.tsunagu.store.document.DocumentRepository;
import org.tsunagu.store.fact.FactRepository;
import org.tsunagu.store.resolution.EntityReader;

/**
 * The store's counts, counted again only when the store changed. Counting reads every row of
 * documents, facts and entities, and the home page asks on every request: at 100,000 facts that
 * was most of its time under load (p95 837 ms).
 */
final class StoreCounts {

    private final KeptUntilChanged<Boolean, Counts> kept = new KeptUntilChanged<>(1);

    Counts read(Handle handle) {
        return kept.get(handle, true, () -> new Counts(DocumentRepository.count(handle), EntityReader.count(handle),
                FactRepository.count(handle), FactRepository.countByType(handle)));
    }
}
