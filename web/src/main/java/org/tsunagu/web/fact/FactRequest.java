package org.tsunagu.web.fact;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.api.Paging;

/**
 * Reads {@code type}, {@code q}, {@code limit} and {@code offset} from a request's query string,
 * and for knowledge facts the filters of {@link KnowledgeFilter}.
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
        return KnowledgeFilter.of(ctx::queryParam).applyTo(KnowledgeQuery.all())
                .withLimit(paging.limit())
                .withOffset(paging.offset());
    }

    static Paging paging(Context ctx, int defaultLimit) {
        return Paging.of(ctx, defaultLimit, FactQuery.MAX_LIMIT);
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
