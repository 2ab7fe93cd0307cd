package org.tsunagu.store;

import org.jdbi.v3.core.Handle;
import org.tsunagu.store.knowledge.FactOrder;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.KnowledgeReader;

/**
 * How many facts the latest queries of the review queue match, counted again only when the
 * store changed. Counting the proposed facts reads an index entry per fact; a curator paging
 * through the queue asks for the same count on every page.
 */
final class FactCounts {

    private final KeptUntilChanged<KnowledgeQuery, Long> kept = new KeptUntilChanged<>(64);

    long count(Handle handle, KnowledgeQuery query) {
        // Order and page do not change the count: the same filters share one entry.
        KnowledgeQuery filters = query.withOrder(FactOrder.FIRST_READ).withLimit(1).withOffset(0);
        return kept.get(handle, filters, () -> KnowledgeReader.count(handle, filters));
    }
}
