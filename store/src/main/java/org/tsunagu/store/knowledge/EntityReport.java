package org.tsunagu.store.knowledge;

import java.util.List;
import java.util.Map;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.resolution.EntityProfile;

/**
 * What the store knows about one entity: its profile, how many knowledge facts of each type name
 * it, and the first page of each type (see {@link FactsAbout}).
 */
public record EntityReport(EntityProfile profile, Map<FactType, Long> counts, Map<FactType, List<CitedFact>> facts) {

    public EntityReport {
        counts = Map.copyOf(counts);
        facts = Map.copyOf(facts);
    }

    public long count(FactType type) {
        return counts.getOrDefault(type, 0L);
    }

    public List<CitedFact> facts(FactType type) {
        return facts.getOrDefault(type, List.of());
    }
}
