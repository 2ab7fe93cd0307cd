package org.tsunagu.web.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.tsunagu.search.Facet;
import org.tsunagu.search.Kind;
import org.tsunagu.search.SearchRequest;
import org.tsunagu.web.InvalidRequestException;

/**
 * A search kept to follow: its words and facets as the search page's own address
 * ("/search?q=MOU&amp;country=Japan"), without the page of results, so the same search saved twice is
 * one. Following it means seeing the documents it finds.
 */
public record SavedSearch(SearchRequest request) {

    private static final String PREFIX = "/search";

    /** The search an address of the search page asks for, without its page of results. */
    public static SavedSearch of(String address) {
        if (address == null || !(address.equals(PREFIX) || address.startsWith(PREFIX + "?"))) {
            throw new InvalidRequestException("a saved search is an address of the search page, /search?q=...");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = address.length() > PREFIX.length() ? address.substring(PREFIX.length() + 1) : "";
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        parameters.keySet().removeAll(List.of("limit", "offset"));
        return new SavedSearch(SearchParameters.parse(parameters).withPage(SearchRequest.DEFAULT_LIMIT, 0));
    }

    /** The address that saves it: always the same for the same search. */
    public String address() {
        return SearchPage.href(request);
    }

    /** "“MOU” · country: Japan", "Every document" for a search with neither words nor facets. */
    public String label() {
        StringJoiner label = new StringJoiner(" · ");
        if (!request.text().isEmpty()) {
            label.add("“" + request.text() + "”");
        }
        request.filters().forEach((facet, value) -> label.add(facet.code() + ": " + value));
        return label.length() == 0 ? "Everything" : label.toString();
    }

    /** The same search, of documents only, as many as one search gives. */
    public SearchRequest documents() {
        return request.withFilter(Facet.KIND, Kind.DOCUMENT.code()).withPage(SearchRequest.MAX_LIMIT, 0);
    }
}
