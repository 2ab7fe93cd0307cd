package org.tsunagu.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.knowledge.ReviewState;

/**
 * What to search for: words (empty lists everything), one value per facet to filter by, and a
 * page of results. Rejected facts are found only when {@code state} asks for them.
 */
public record SearchRequest(String text, Map<Facet, String> filters, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Lucene collects offset + limit hits to skip the first ones: deep pages cost. */
    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_TEXT = 500;
    private static final int MAX_VALUE = 200;
    private static final Pattern YEAR = Pattern.compile("[12][0-9]{3}");
    private static final String DOCUMENT_TYPE = "document";

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidSearchException("q is too long: at most " + MAX_TEXT + " characters");
        }
        EnumMap<Facet, String> checked = new EnumMap<>(Facet.class);
        filters.forEach((facet, value) -> checked.put(facet, checkedValue(facet, value)));
        filters = Collections.unmodifiableMap(checked);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidSearchException("offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), DEFAULT_LIMIT, 0);
    }

    public SearchRequest withFilter(Facet facet, String value) {
        EnumMap<Facet, String> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        if (value == null || value.isBlank()) {
            changed.remove(facet);
        } else {
            changed.put(facet, value);
        }
        return new SearchRequest(text, changed, limit, 0);
    }

    public SearchRequest withPage(int newLimit, int newOffset) {
        return new SearchRequest(text, filters, newLimit, newOffset);
    }

    public Optional<String> filter(Facet facet) {
        return Optional.ofNullable(filters.get(facet));
    }

    /** The values {@code type} accepts: fact types, entity types and "document". */
    public static List<String> types() {
        List<String> types = new ArrayList<>(codes(FactType.values()));
        types.addAll(codes(EntityType.values()));
        types.add(DOCUMENT_TYPE);
        return types;
    }

    private static String checkedValue(Facet facet, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty() || value.length() > MAX_VALUE) {
            throw new InvalidSearchException(facet.code() + " must be 1 to " + MAX_VALUE + " characters");
        }
        return switch (facet) {
            case KIND -> oneOf(facet, value, codes(Kind.values()));
            case TYPE -> oneOf(facet, value, types());
            case STATE -> oneOf(facet, value, codes(ReviewState.values()));
            case YEAR -> {
                if (!YEAR.matcher(value).matches()) {
                    throw new InvalidSearchException("year must be four digits, not '" + value + "'");
                }
                yield value;
            }
            case COUNTRY -> value;
        };
    }

    private static String oneOf(Facet facet, String value, List<String> allowed) {
        return allowed.stream().filter(value::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new InvalidSearchException("unknown " + facet.code() + " '" + value
                        + "'; expected one of " + String.join(", ", allowed)));
    }

    private static List<String> codes(Coded... values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
