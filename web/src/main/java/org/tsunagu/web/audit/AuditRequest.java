package org.tsunagu.web.audit;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tsunagu.store.audit.AuditQuery;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.api.Paging;

/** Reads the audit log's filters from a request: {@code user}, {@code entity}, {@code from}, {@code to} and paging. */
final class AuditRequest {

    static final int DEFAULT_LIMIT = 50;

    private AuditRequest() {
    }

    static Paging paging(Context ctx) {
        return Paging.of(ctx, DEFAULT_LIMIT, AuditQuery.MAX_LIMIT);
    }

    static AuditQuery query(Context ctx, Paging paging) {
        Optional<LocalDate> from = day(ctx, "from");
        Optional<LocalDate> to = day(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidRequestException("from (" + from.get() + ") must not be after to (" + to.get() + ")");
        }
        return AuditQuery.all()
                .withUser(ctx.queryParam("user"))
                .withEntity(QueryParameters.optionalId(ctx, "entity").orElse(null))
                .withFrom(from.orElse(null))
                .withTo(to.orElse(null))
                .withLimit(paging.limit())
                .withOffset(paging.offset());
    }

    private static Optional<LocalDate> day(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a day as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
