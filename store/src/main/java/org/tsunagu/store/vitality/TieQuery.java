package org.tsunagu.store.vitality;

import java.util.Optional;

/**
 * Which ties to rank, as of which reference year: all of them or one entity's, of a kind, touching
 * a country, in a status; {@code limit} from {@code offset}, the liveliest first.
 */
public record TieQuery(int asOf, Optional<Long> entity, Optional<TieKind> kind, Optional<String> country,
        Optional<TieStatus> status, int limit, int offset, int recentFacts) {

    public static final int MAX_LIMIT = 1_000;
    /**
     * How many of one entity's facts, the most recently learned, its ties are ranked from: a hub
     * such as a country is named by hundreds of thousands, and reading them all made its page
     * take seconds at 100,000 articles.
     */
    public static final int RECENT_FACTS = 1_000;

    public TieQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
        recentFacts = Math.max(1, recentFacts);
    }

    public static TieQuery asOf(int year) {
        return new TieQuery(year, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50, 0,
                RECENT_FACTS);
    }

    public TieQuery withEntity(Long value) {
        return new TieQuery(asOf, Optional.ofNullable(value), kind, country, status, limit, offset, recentFacts);
    }

    public TieQuery withKind(TieKind value) {
        return new TieQuery(asOf, entity, Optional.ofNullable(value), country, status, limit, offset, recentFacts);
    }

    public TieQuery withCountry(String value) {
        return new TieQuery(asOf, entity, kind, Optional.ofNullable(value), status, limit, offset, recentFacts);
    }

    public TieQuery withStatus(TieStatus value) {
        return new TieQuery(asOf, entity, kind, country, Optional.ofNullable(value), limit, offset, recentFacts);
    }

    public TieQuery withLimit(int value) {
        return new TieQuery(asOf, entity, kind, country, status, value, offset, recentFacts);
    }

    public TieQuery withOffset(int value) {
        return new TieQuery(asOf, entity, kind, country, status, limit, value, recentFacts);
    }

    /** Ranks one entity's ties from at most this many of its facts, the most recently learned. */
    public TieQuery withRecentFacts(int value) {
        return new TieQuery(asOf, entity, kind, country, status, limit, offset, value);
    }
}
