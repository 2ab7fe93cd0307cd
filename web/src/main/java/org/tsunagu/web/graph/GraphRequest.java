package org.tsunagu.web.graph;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;

/**
 * Reads a network request: {@code entity}, {@code depth} (1 or 2), {@code kinds} (fact types,
 * comma-separated or repeated), the years {@code from} and {@code to}, and {@code top} for the
 * overview of the most connected entities. What a drawing hides is read by {@link Hiding}.
 */
public final class GraphRequest {

    static final int DEFAULT_TOP = 30;
    static final int MAX_YEAR = 9999;

    private GraphRequest() {
    }

    public static Optional<GraphQuery> query(Context ctx) {
        return QueryParameters.optionalId(ctx, "entity").map(entity -> {
            Years years = years(ctx);
            return GraphQuery.around(entity)
                    .withDepth(QueryParameters.optionalNumber(ctx, "depth", 1, GraphQuery.MAX_DEPTH).orElse(1))
                    .withKinds(kinds(ctx))
                    .withYears(years.from(), years.to());
        });
    }

    /** The span of years {@code from} and {@code to}, either open. */
    record Years(Optional<Integer> from, Optional<Integer> to) {
    }

    static Years years(Context ctx) {
        Optional<Integer> from = year(ctx, "from");
        Optional<Integer> to = year(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new InvalidRequestException("from (" + from.get() + ") must not be after to (" + to.get() + ")");
        }
        return new Years(from, to);
    }

    public static int top(Context ctx) {
        return top(ctx, DEFAULT_TOP);
    }

    static int top(Context ctx, int fallback) {
        return QueryParameters.optionalNumber(ctx, "top", 1, GraphQuery.DEFAULT_MAX_NODES).orElse(fallback);
    }

    /** Every kind when none is named. */
    public static Set<FactType> kinds(Context ctx) {
        Set<FactType> kinds = EnumSet.noneOf(FactType.class);
        for (String value : ctx.queryParams("kinds")) {
            for (String code : value.split(",")) {
                if (!code.isBlank()) {
                    kinds.add(kind(code.strip()));
                }
            }
        }
        return kinds.isEmpty() ? EnumSet.allOf(FactType.class) : kinds;
    }

    private static FactType kind(String code) {
        return Coded.fromCode(FactType.class, code).orElseThrow(() -> new InvalidRequestException("kinds: unknown kind '"
                + code + "'; expected some of " + String.join(", ", Arrays.stream(FactType.values()).map(FactType::code)
                .toList())));
    }

    static long id(Context ctx, String name) {
        return QueryParameters.optionalId(ctx, name)
                .orElseThrow(() -> new InvalidRequestException(name + " is required: the id of an entity"));
    }

    private static Optional<Integer> year(Context ctx, String name) {
        return QueryParameters.optionalNumber(ctx, name, 1, MAX_YEAR);
    }
}
