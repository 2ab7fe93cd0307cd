package org.tsunagu.search;

import java.util.List;

/**
 * How many results have each value of a facet, counted as if this facet alone were not filtered
 * (so the other values stay in view and can be chosen instead).
 */
public record FacetCounts(Facet facet, List<Value> values) {

    public FacetCounts {
        values = List.copyOf(values);
    }

    /** A value, its count, and whether the search filters by it. */
    public record Value(String value, long count, boolean selected) {
    }
}
