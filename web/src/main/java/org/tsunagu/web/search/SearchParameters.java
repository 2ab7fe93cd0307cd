package org.tsunagu.web.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.search.Facet;
import org.tsunagu.search.InvalidSearchException;
import org.tsunagu.search.SearchRequest;
import org.tsunagu.web.InvalidRequestException;

/**
 * Reads a search from a query string: {@code q}, {@code limit}, {@code offset} and one value per
 * facet ({@code kind}, {@code type}, {@code country}, {@code year}, {@code state}). A parameter
 * given twice is refused; an unknown one never gets here ({@link org.tsunagu.web.KnownParameters}).
 */
final class SearchParameters {

    private SearchParameters() {
    }

    static SearchRequest parse(Map<String, List<String>> parameters) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            single(parameters, facet.code()).filter(value -> !value.isBlank()).ifPresent(value -> filters.put(facet, value));
        }
        try {
            return new SearchRequest(single(parameters, "q").orElse(""), filters,
                    number(parameters, "limit", SearchRequest.DEFAULT_LIMIT), number(parameters, "offset", 0));
        } catch (InvalidSearchException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidRequestException("give " + name + " once, not " + values.size() + " times");
        }
        return values.stream().findFirst();
    }

    private static int number(Map<String, List<String>> parameters, String name, int fallback) {
        Optional<String> value = single(parameters, name).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number, not '" + value.get() + "'");
        }
    }
}
