package org.tsunagu.web.vitality;

import java.time.Clock;
import java.util.List;
import org.tsunagu.store.Database;
import org.tsunagu.store.vitality.RankedTies;
import org.tsunagu.store.vitality.TieEnd;
import org.tsunagu.store.vitality.TieQuery;
import org.tsunagu.store.vitality.Vitality;

/** The liveliest ties of one entity, for the "Ties by vitality" section of its page. */
public record EntityTies(long entity, RankedTies ranked) {

    /** Ties shown on the entity's page; the rest are on the ranked view. */
    static final int SHOWN = 8;

    /** As of this year by the clock. */
    public static EntityTies of(Database database, long entity, Clock clock) {
        return new EntityTies(entity, database.ties(TieQuery.asOf(TieRequest.thisYear(clock)).withEntity(entity)
                .withLimit(SHOWN)));
    }

    public List<Vitality> ties() {
        return ranked.ties().items();
    }

    public long total() {
        return ranked.ties().total();
    }

    public boolean hasMore() {
        return total() > ties().size();
    }

    public String all() {
        return TieRoutes.PATH + "?entity=" + entity;
    }

    public TieEnd other(Vitality vitality) {
        return vitality.tie().other(entity);
    }
}
