package org.tsunagu.web.fact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.FactOrder;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.web.InvalidRequestException;

/**
 * The filters and order of a list of knowledge facts as request parameters, the same for
 * {@code /api/facts} and the review queue: {@code type}, {@code state}, {@code entity},
 * {@code min_confidence}, {@code max_confidence}, {@code document}, {@code country} (ISO 3166
 * code), {@code from} and {@code to} (ISO dates, maybe partial) and {@code sort}. A wrong value
 * answers 400 naming the parameter. It writes itself back as parameters, for links and forms.
 */
public record KnowledgeFilter(Optional<FactType> type, Optional<ReviewState> state, Optional<Long> entity,
        Optional<Double> minConfidence, Optional<Double> maxConfidence, Optional<Long> document,
        Optional<String> country, Optional<PartialDate> from, Optional<PartialDate> to, FactOrder order) {

    /** The names it reads, in the order it writes them. */
    public static final List<String> PARAMETERS = List.of("type", "state", "entity", "min_confidence",
            "max_confidence", "document", "country", "from", "to", "sort");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    /** Reads the parameters through {@code parameter} (a query or a form), which answers null for one not given. */
    public static KnowledgeFilter of(UnaryOperator<String> parameter) {
        Optional<Double> min = confidence("min_confidence", parameter.apply("min_confidence"));
        Optional<Double> max = confidence("max_confidence", parameter.apply("max_confidence"));
        Optional<PartialDate> from = date("from", parameter.apply("from"));
        Optional<PartialDate> to = date("to", parameter.apply("to"));
        return new KnowledgeFilter(given(parameter.apply("type")).map(code -> code(FactType.class, "fact type", code)),
                given(parameter.apply("state")).map(code -> code(ReviewState.class, "review state", code)),
                id("entity", parameter.apply("entity")), min, max, id("document", parameter.apply("document")),
                given(parameter.apply("country")).map(KnowledgeFilter::country), from, to,
                given(parameter.apply("sort")).map(code -> code(FactOrder.class, "sort", code))
                        .orElse(FactOrder.FIRST_READ));
    }

    /** The same filter in another review state. */
    public KnowledgeFilter withState(ReviewState value) {
        return new KnowledgeFilter(type, Optional.of(value), entity, minConfidence, maxConfidence, document, country,
                from, to, order);
    }

    /** The same filter narrowed to one document. */
    public KnowledgeFilter withDocument(long value) {
        return new KnowledgeFilter(type, state, entity, minConfidence, maxConfidence, Optional.of(value), country,
                from, to, order);
    }

    public KnowledgeQuery applyTo(KnowledgeQuery query) {
        return query.withType(type.orElse(null)).withState(state.orElse(null)).withEntity(entity.orElse(null))
                .withConfidence(minConfidence.orElse(null), maxConfidence.orElse(null))
                .withDocument(document.orElse(null)).withCountry(country.orElse(null))
                .withDates(from.orElse(null), to.orElse(null)).withOrder(order);
    }

    /** The parameters that are set, by name, in the order of {@link #PARAMETERS}. */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> given = new ArrayList<>();
        type.ifPresent(t -> given.add(Map.entry("type", t.code())));
        state.ifPresent(s -> given.add(Map.entry("state", s.code())));
        entity.ifPresent(e -> given.add(Map.entry("entity", Long.toString(e))));
        minConfidence.ifPresent(c -> given.add(Map.entry("min_confidence", number(c))));
        maxConfidence.ifPresent(c -> given.add(Map.entry("max_confidence", number(c))));
        document.ifPresent(d -> given.add(Map.entry("document", Long.toString(d))));
        country.ifPresent(c -> given.add(Map.entry("country", c)));
        from.ifPresent(d -> given.add(Map.entry("from", d.toString())));
        to.ifPresent(d -> given.add(Map.entry("to", d.toString())));
        if (order != FactOrder.FIRST_READ) {
            given.add(Map.entry("sort", order.code()));
        }
        return given;
    }

    /** "type=agreement&amp;country=JP", URL-encoded; empty for no filter. */
    public String queryString() {
        return parameters().stream().map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The value of a parameter as a form shows it: "" when not set. */
    public String value(String name) {
        return parameters().stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElse("");
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String what, String code) {
        return Coded.fromCode(type, code).orElseThrow(() -> new InvalidRequestException("unknown " + what + " '"
                + code + "'; expected one of " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                        .collect(Collectors.joining(", "))));
    }

    private static Optional<Long> id(String name, String value) {
        return given(value).map(text -> {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new InvalidRequestException(name + " must be a positive whole number (an id), not '" + value + "'");
        });
    }

    private static Optional<Double> confidence(String name, String value) {
        return given(value).map(text -> {
            try {
                double number = Double.parseDouble(text);
                if (number >= 0 && number <= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new InvalidRequestException(name + " must be a number from 0 to 1, not '" + value + "'");
        });
    }

    private static Optional<PartialDate> date(String name, String value) {
        return given(value).map(text -> PartialDate.tryParse(text).orElseThrow(() -> new InvalidRequestException(
                name + " must be a date such as 2013, 2013-10 or 2013-10-31, not '" + value + "'")));
    }

    private static String country(String code) {
        if (!COUNTRY.matcher(code).matches()) {
            throw new InvalidRequestException("country must be a two-letter ISO 3166 code such as JP, not '" + code + "'");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
