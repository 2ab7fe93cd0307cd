package org.tsunagu.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.tsunagu.model.fact.FactType;

/**
 * How much the store holds; {@code factsByType} has every fact type, in the order of {@link FactType},
 * zero when none is stored.
 */
public record Counts(long documents, long entities, long facts, Map<FactType, Long> factsByType) {

    public Counts {
        EnumMap<FactType, Long> complete = new EnumMap<>(FactType.class);
        for (FactType type : FactType.values()) {
            complete.put(type, factsByType.getOrDefault(type, 0L));
        }
        factsByType = Collections.unmodifiableMap(complete);
    }

    public long facts(FactType type) {
        return factsByType.get(type);
    }
}
