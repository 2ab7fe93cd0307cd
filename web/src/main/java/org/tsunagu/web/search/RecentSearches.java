package org.tsunagu.web.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.search.SearchRequest;
import org.tsunagu.search.SearchResults;

/**
 * The results of the searches asked for most recently, kept while the index stays as it is. The
 * same searches come again and again (a facet clicked and cleared, a page of results shared, the
 * search page with no words), and counting the facets of a broad search over 100,000 facts takes
 * several milliseconds of CPU, most of a search's cost. A change of the index drops them all.
 */
final class RecentSearches {

    private static final int CAPACITY = 1_000;

    private final SearchIndex index;
    private final Map<SearchRequest, SearchResults> results = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
            return size() > CAPACITY;
        }
    };
    private long version = -1;

    RecentSearches(SearchIndex index) {
        this.index = index;
    }

    SearchResults search(SearchRequest request) {
        long current = index.version();
        synchronized (this) {
            if (current != version) {
                results.clear();
                version = current;
            }
            SearchResults known = results.get(request);
            if (known != null) {
                return known;
            }
        }
        SearchResults found = index.search(request);
        synchronized (this) {
            if (version == current) {
                results.put(request, found);
            }
        }
        return found;
    }
}
