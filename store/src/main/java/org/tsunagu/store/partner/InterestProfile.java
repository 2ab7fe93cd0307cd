package org.tsunagu.store.partner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sectors and partner regions an entity is interested in, from the articles' statements, the
 * fields of its agreements and the sectors of its investments, and editors' additions; what an
 * editor took off is not in it.
 */
public record InterestProfile(long entity, List<Interest> sectors, List<Interest> regions) {

    public InterestProfile {
        sectors = List.copyOf(sectors);
        regions = List.copyOf(regions);
    }

    public Set<String> sectorKeys() {
        return sectors.stream().map(Interest::key).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> regionKeys() {
        return regions.stream().map(Interest::key).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isEmpty() {
        return sectors.isEmpty() && regions.isEmpty();
    }
}
