package org.tsunagu.search;

import java.util.List;
import java.util.Optional;

/**
 * One result: what it is, its title, its facet values and the passage that matched. {@code type}
 * is a fact's or entity's type code, or "document".
 */
public record SearchHit(Kind kind, long id, String type, String title, Snippet snippet, List<String> countries,
        Optional<String> year, Optional<String> state, float score) {

    public SearchHit {
        countries = List.copyOf(countries);
    }

    /** The result's page on the web server. */
    public String path() {
        return kind.path(id);
    }
}
