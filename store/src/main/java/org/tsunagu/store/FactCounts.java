package org.tsunagu.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.knowledge.FactOrder;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.KnowledgeReader;

/**
 * How many facts the latest queries of the review queue match, counted again only when the
 * store changed ({@link StoreVersion}). Counting the proposed facts reads an index entry per
 * fact; a curator paging through the queue asks for the same count on every page.
 */
final class FactCounts {

    private static final int KEPT = 64;

    private List<Long> version = List.of();
    private final Map<KnowledgeQuery, Long> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<KnowledgeQuery, Long> eldest) {
            return size() > KEPT;
        }
    };

    long count(Handle handle, KnowledgeQuery query) {
        List<Long> now = StoreVersion.read(handle);
        // Order and page do not change the count: the same filters share one entry.
        KnowledgeQuery filters = query.withOrder(FactOrder.FIRST_READ).withLimit(1).withOffset(0);
        synchronized (this) {
            if (!now.equals(version)) {
                counts.clear();
                version = now;
            }
            Long known = counts.get(filters);
            if (known != null) {
                return known;
            }
        }
        long counted = KnowledgeReader.count(handle, filters);
        synchronized (this) {
            if (now.equals(version)) {
                counts.put(filters, counted);
            }
        }
        return counted;
    }
}
