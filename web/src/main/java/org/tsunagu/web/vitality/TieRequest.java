package org.tsunagu.web.vitality;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tsunagu.model.Coded;
import org.tsunagu.store.vitality.TieKind;
import org.tsunagu.store.vitality.TieQuery;
import org.tsunagu.store.vitality.TieStatus;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.api.Paging;

/**
 * Reads which ties a request asks for: {@code entity}, {@code kind}, {@code country},
 * {@code status}, {@code as_of} (the reference year, this year by the server's clock when not
 * given), {@code limit} and {@code offset}; 400 naming a parameter that is not one of these.
 */
final class TieRequest {

    static final int PAGE_SIZE = 50;

    private TieRequest() {
    }

    static TieQuery query(Context ctx, Clock clock) {
        Paging paging = Paging.of(ctx, PAGE_SIZE, TieQuery.MAX_LIMIT);
        int asOf = QueryParameters.optionalNumber(ctx, "as_of", 1, 9999).orElseGet(() -> thisYear(clock));
        return TieQuery.asOf(asOf)
                .withEntity(QueryParameters.optionalId(ctx, "entity").orElse(null))
                .withKind(coded(ctx, "kind", TieKind.class).orElse(null))
                .withCountry(text(ctx, "country").orElse(null))
                .withStatus(coded(ctx, "status", TieStatus.class).orElse(null))
                .withLimit(paging.limit()).withOffset(paging.offset());
    }

    /** This year by the clock: the reference year of a page that has no {@code as_of}. */
    static int thisYear(Clock clock) {
        return Year.now(clock).getValue();
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static <E extends Enum<E> & Coded> Optional<E> coded(Context ctx, String name, Class<E> type) {
        return text(ctx, name).map(value -> Coded.fromCode(type, value).orElseThrow(() -> new InvalidRequestException(
                name + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                        .collect(Collectors.joining(", ")) + ", not '" + value + "'")));
    }
}
