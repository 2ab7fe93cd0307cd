package org.tsunagu.web.entity;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;

/**
 * Reads an entity list's {@code type}, {@code q}, {@code limit} and {@code offset}, and the fact
 * {@code type} of an entity page.
 */
final class EntityRequest {

    private EntityRequest() {
    }

    static EntityQuery query(Context ctx, int defaultLimit) {
        return EntityQuery.all()
                .withType(code(ctx, "type", EntityType.class).orElse(null))
                .withText(ctx.queryParam("q"))
                .withLimit(QueryParameters.wholeNumber(ctx, "limit", defaultLimit))
                .withOffset(QueryParameters.wholeNumber(ctx, "offset", 0));
    }

    /** The entity {@code type} a list of suggested duplicates is narrowed to. */
    static Optional<EntityType> entityType(Context ctx) {
        return code(ctx, "type", EntityType.class);
    }

    static Optional<FactType> factType(Context ctx) {
        return code(ctx, "type", FactType.class);
    }

    private static <E extends Enum<E> & Coded> Optional<E> code(Context ctx, String name, Class<E> type) {
        String code = ctx.queryParam(name);
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Coded.fromCode(type, code.strip())
                .orElseThrow(() -> new InvalidRequestException("unknown " + name + " '" + code + "'; expected one of "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()))));
    }
}
