package org.tsunagu.store.vitality;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.store.fact.Page;

/**
 * A page of ties, the liveliest first, and what the filters can choose from: the countries the
 * ties' ends lie in, and how many ties of each status there are of the kind and country asked for.
 * {@code fromRecentFacts} is how many of an entity's most recently learned facts its ties were
 * ranked from, when more facts name it; empty when every fact was read.
 */
public record RankedTies(Page<Vitality> ties, List<String> countries, Map<TieStatus, Long> statuses,
        Optional<Integer> fromRecentFacts) {

    public RankedTies {
        countries = List.copyOf(countries);
        statuses = Map.copyOf(statuses);
    }

    public long count(TieStatus status) {
        return statuses.getOrDefault(status, 0L);
    }
}
