package org.tsunagu.store.vitality;

import java.util.Optional;

/**
 * Which ties to rank, as of which reference year: all of them or one entity's, of a kind, touching
 * a country, in a status; {@code limit} from {@code offset}, the liveliest first.
 */
public record TieQuery(int asOf, Optional<Long> entity, Optional<TieKind> kind, Optional<String> country,
        Optional<TieStatus> status, int limit, int offset) {

    public static final int MAX_LIMIT = 1_000;

    public TieQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
    }

    public static TieQuery asOf(int year) {
        return new TieQuery(year, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50, 0);
    }

    public TieQuery withEntity(Long value) {
        return new TieQuery(asOf, Optional.ofNullable(value), kind, country, status, limit, offset);
    }

    public TieQuery withKind(TieKind value) {
        return new TieQuery(asOf, entity, Optional.ofNullable(value), country, status, limit, offset);
    }

    public TieQuery withCountry(String value) {
        return new TieQuery(asOf, entity, kind, Optional.ofNullable(value), status, limit, offset);
    }

    public TieQuery withStatus(TieStatus value) {
        return new TieQuery(asOf, entity, kind, country, Optional.ofNullable(value), limit, offset);
    }

    public TieQuery withLimit(int value) {
        return new TieQuery(asOf, entity, kind, country, status, value, offset);
    }

    public TieQuery withOffset(int value) {
        return new TieQuery(asOf, entity, kind, country, status, limit, value);
    }
}
