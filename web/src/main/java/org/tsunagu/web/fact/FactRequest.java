package org.tsunagu.web.fact;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.web.InvalidRequestException;

/** Reads {@code type}, {@code q}, {@code limit} and {@code offset} from a request's query string. */
final class FactRequest {

    private FactRequest() {
    }

    static FactQuery query(Context ctx, int defaultLimit) {
        return FactQuery.all()
                .withType(type(ctx).orElse(null))
                .withText(ctx.queryParam("q"))
                .withLimit(number(ctx, "limit", defaultLimit))
                .withOffset(number(ctx, "offset", 0));
    }

    static Optional<FactType> type(Context ctx) {
        String code = ctx.queryParam("type");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Coded.fromCode(FactType.class, code.strip())
                .orElseThrow(() -> new InvalidRequestException("unknown fact type '" + code + "'; expected one of "
                        + String.join(", ", Arrays.stream(FactType.values()).map(FactType::code).toList()))));
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number of 0 or more, not '" + value + "'");
        }
    }
}
