package org.tsunagu.search;

import java.util.List;

/** A page of results, how many there are in all, and the counts of every facet. */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, List<FacetCounts> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
