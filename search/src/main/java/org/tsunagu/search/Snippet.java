package org.tsunagu.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of a result's text cut into parts, the parts that match the query marked. Kept as
 * plain text so that whoever shows it escapes every part: a snippet is never markup.
 */
public record Snippet(List<Part> parts) {

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A run of text, matching the query or not. */
    public record Part(String text, boolean match) {
    }

    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
