package org.tsunagu.store;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.knowledge.FactsAbout;

/**
 * How many facts of each type name the entities whose pages were opened last, counted again only
 * when the store changed: a country's page counts hundreds of thousands of index entries, and
 * its readers open it again and again.
 */
final class EntityFactCounts {

    private final KeptUntilChanged<Long, Map<FactType, Long>> kept = new KeptUntilChanged<>(256);

    Map<FactType, Long> of(Handle handle, long entity) {
        return kept.get(handle, entity, () -> Map.copyOf(FactsAbout.counts(handle, entity)));
    }
}
