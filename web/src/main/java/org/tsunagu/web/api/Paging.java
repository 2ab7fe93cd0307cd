package org.tsunagu.web.api;

import io.javalin.http.Context;
import org.tsunagu.web.InvalidRequestException;

/**
 * Which slice of a listing a request asks for: {@code limit} and {@code offset} from the query
 * string, read by the same rules on every listing. A limit above the listing's maximum is lowered
 * to it, and the answer says which limit it used.
 */
public record Paging(int limit, int offset) {

    public Paging {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("negative limit or offset: " + limit + ", " + offset);
        }
    }

    /**
     * @throws InvalidRequestException when {@code limit} or {@code offset} is not a whole number of 0 or more
     */
    public static Paging of(Context ctx, int defaultLimit, int maxLimit) {
        return new Paging(Math.min(number(ctx, "limit", defaultLimit), maxLimit), number(ctx, "offset", 0));
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Answered below, with the value as given.
        }
        throw new InvalidRequestException(name + " must be a whole number of 0 or more, not '" + value + "'");
    }
}
