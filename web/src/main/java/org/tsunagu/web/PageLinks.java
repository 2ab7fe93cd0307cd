package org.tsunagu.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a page of a list stands ("21–40 of 312") and the links to the pages before and after it,
 * keeping the list's other parameters, each value URL-encoded.
 */
public record PageLinks(String path, Map<String, String> parameters, long total, int offset, int limit, int shown) {

    public PageLinks {
        parameters = new LinkedHashMap<>(parameters);
        parameters.values().removeIf(value -> value == null || value.isBlank());
        parameters = Map.copyOf(parameters);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + shown < total;
    }

    public String previous() {
        return href(Math.max(0, offset - limit));
    }

    public String next() {
        return href(offset + limit);
    }

    /** "21–40 of 312", or "none". */
    public String position() {
        return shown == 0 ? "none" : (offset + 1) + "–" + (offset + shown) + " of " + total;
    }

    private String href(int at) {
        Map<String, String> query = new TreeMap<>(parameters);
        if (at > 0) {
            query.put("offset", String.valueOf(at));
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
