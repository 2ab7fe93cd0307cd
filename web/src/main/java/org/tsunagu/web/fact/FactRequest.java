package org.tsunagu.web.fact;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.api.Paging;

/**
 * Reads {@code type}, {@code q}, {@code limit} and {@code offset} from a request's query string,
 * and for knowledge facts {@code state} and {@code entity}.
 */
final class FactRequest {

    private FactRequest() {
    }

    static FactQuery query(Context ctx, Paging paging) {
        return FactQuery.all()
                .withType(type(ctx).orElse(null))
                .withText(ctx.queryParam("q"))
                .withLimit(paging.limit())
                .withOffset(paging.offset());
    }

    static KnowledgeQuery knowledgeQuery(Context ctx, Paging paging) {
        return KnowledgeQuery.all()
                .withType(type(ctx).orElse(null))
                .withState(state(ctx).orElse(null))
                .withEntity(QueryParameters.optionalId(ctx, "entity").orElse(null))
                .withLimit(paging.limit())
                .withOffset(paging.offset());
    }

    static Paging paging(Context ctx, int defaultLimit) {
        return Paging.of(ctx, defaultLimit, FactQuery.MAX_LIMIT);
    }

    private static Optional<ReviewState> state(Context ctx) {
        String code = ctx.queryParam("state");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Coded.fromCode(ReviewState.class, code.strip())
                .orElseThrow(() -> new InvalidRequestException("unknown review state '" + code + "'; expected one of "
                        + String.join(", ", Arrays.stream(ReviewState.values()).map(ReviewState::code).toList()))));
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
}
