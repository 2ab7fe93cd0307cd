package org.tsunagu.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.tsunagu.search.Facet;
import org.tsunagu.search.FacetCounts;
import org.tsunagu.search.SearchHit;
import org.tsunagu.search.SearchRequest;
import org.tsunagu.search.SearchResults;

/** What the search page shows: the results, and links that add or drop a facet value or turn the page. */
record SearchPage(SearchResults results) {

    private static final Map<Facet, String> LABELS = Map.of(Facet.KIND, "Kind", Facet.TYPE, "Type",
            Facet.COUNTRY, "Country", Facet.YEAR, "Year", Facet.STATE, "Review state");

    /** A facet value as a link: choosing it filters by it; choosing it again drops the filter. */
    record Choice(String value, long count, boolean selected, String href) {
    }

    /** A filter in force, with the link that drops it. */
    record Filter(String label, String value, String href) {
    }

    SearchRequest request() {
        return results.request();
    }

    String text() {
        return request().text();
    }

    String title() {
        return text().isEmpty() ? "Search · Tsunagu" : text() + " · Search · Tsunagu";
    }

    /** "12 results for “Da Nang”", "1 result", "No results for “x”". */
    String heading() {
        long total = results.total();
        String count = total == 0 ? "No results" : total == 1 ? "1 result" : String.format("%,d results", total);
        return text().isEmpty() ? count : count + " for “" + text() + "”";
    }

    /** "Results 21–40", empty on the first page when it holds them all. */
    String range() {
        if (results.hits().isEmpty() || (request().offset() == 0 && results.total() <= request().limit())) {
            return "";
        }
        return "Results " + (request().offset() + 1) + "–" + (request().offset() + results.hits().size());
    }

    /** The address that follows this search: its words and facets, not its page of results. */
    String savedAddress() {
        return new SavedSearch(request()).address();
    }

    List<Filter> filters() {
        List<Filter> filters = new ArrayList<>();
        request().filters().forEach((facet, value) ->
                filters.add(new Filter(LABELS.get(facet), value, href(request().withFilter(facet, null)))));
        return filters;
    }

    List<FacetCounts> facets() {
        return results.facets();
    }

    String label(FacetCounts facet) {
        return LABELS.get(facet.facet());
    }

    List<Choice> choices(FacetCounts facet) {
        return facet.values().stream().map(v -> new Choice(v.value(), v.count(), v.selected(),
                href(request().withFilter(facet.facet(), v.selected() ? null : v.value())))).toList();
    }

    List<SearchHit> hits() {
        return results.hits();
    }

    /** A snippet that only repeats the title (an entity known by one name) is left out. */
    boolean showsSnippet(SearchHit hit) {
        return !hit.snippet().isEmpty() && !hit.snippet().text().equals(hit.title());
    }

    /** "Vietnam, Japan · 2013 · proposed": what a hit is filed under. */
    String filedUnder(SearchHit hit) {
        StringJoiner line = new StringJoiner(" · ");
        if (!hit.countries().isEmpty()) {
            line.add(String.join(", ", hit.countries()));
        }
        hit.year().ifPresent(line::add);
        hit.state().ifPresent(line::add);
        return line.toString();
    }

    Optional<String> previous() {
        int offset = request().offset();
        return offset == 0 ? Optional.empty()
                : Optional.of(href(request().withPage(request().limit(), Math.max(0, offset - request().limit()))));
    }

    Optional<String> next() {
        int offset = request().offset() + request().limit();
        return offset >= results.total() || offset > SearchRequest.MAX_OFFSET ? Optional.empty()
                : Optional.of(href(request().withPage(request().limit(), offset)));
    }

    /** The page's own address for another request: only what differs from the defaults. */
    static String href(SearchRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!request.text().isEmpty()) {
            parameters.put("q", request.text());
        }
        request.filters().forEach((facet, value) -> parameters.put(facet.code(), value));
        if (request.limit() != SearchRequest.DEFAULT_LIMIT) {
            parameters.put("limit", String.valueOf(request.limit()));
        }
        if (request.offset() != 0) {
            parameters.put("offset", String.valueOf(request.offset()));
        }
        StringJoiner query = new StringJoiner("&", "/search?", "").setEmptyValue("/search");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
