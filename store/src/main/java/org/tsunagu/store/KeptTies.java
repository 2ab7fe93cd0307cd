package org.tsunagu.store;

import org.jdbi.v3.core.Handle;
import org.tsunagu.store.vitality.RankedTies;
import org.tsunagu.store.vitality.TieQuery;
import org.tsunagu.store.vitality.TieRanking;

/**
 * Ties ranked by vitality for the entity pages and tie lists opened last, ranked again only when
 * the store changed: an entity page ranks its entity's ties from up to 1,000 facts on every
 * visit. The reference year is part of the query, so a new year ranks afresh.
 */
final class KeptTies {

    private final KeptUntilChanged<TieQuery, RankedTies> kept = new KeptUntilChanged<>(256);

    RankedTies of(Handle handle, TieQuery query) {
        return kept.get(handle, query, () -> TieRanking.rank(handle, query));
    }
}
