package org.tsunagu.web;

import io.javalin.http.Context;
import java.util.Optional;

/** Reads numbers from a request's path and query string, answering 400 naming the parameter when one is not. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number of 0 or more, or the fallback when the parameter is absent or blank. */
    public static int wholeNumber(Context ctx, String name, int fallback) {
        return optionalNumber(ctx, name, 0, Integer.MAX_VALUE).orElse(fallback);
    }

    /** A whole number in [min, max], when the parameter is given and not blank. */
    public static Optional<Integer> optionalNumber(Context ctx, String name, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidRequestException(name + " must be a whole number"
                + (min == 0 && max == Integer.MAX_VALUE ? " of 0 or more" : " from " + min + " to " + max)
                + ", not '" + value + "'");
    }

    /** An id from the path ({@code /entities/{id}}). */
    public static long pathId(Context ctx, String name) {
        return id(name, ctx.pathParam(name));
    }

    /** An id from the query string, when given. */
    public static Optional<Long> optionalId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(id(name, value));
    }

    private static long id(String name, String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(name + " must be a positive whole number (an id), not '" + value + "'");
    }
}
