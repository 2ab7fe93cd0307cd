package org.tsunagu.store.vitality;

import java.util.List;
import java.util.Map;
import org.tsunagu.store.fact.Page;

/**
 * A page of ties, the liveliest first, and what the filters can choose from: the countries the
 * ties' ends lie in, and how many ties of each status there are of the kind and country asked for.
 */
public record RankedTies(Page<Vitality> ties, List<String> countries, Map<TieStatus, Long> statuses) {

    public RankedTies {
        countries = List.copyOf(countries);
        statuses = Map.copyOf(statuses);
    }

    public long count(TieStatus status) {
        return statuses.getOrDefault(status, 0L);
    }
}
