package org.tsunagu.store.watch;

import org.tsunagu.model.Coded;

/** What a watchlist follows. */
public enum WatchKind implements Coded {
    /** A place, organisation or person, by its id: the facts that name it. */
    ENTITY,
    /** An agreement's field, an investment's sector or a product's category, as the facts word it. */
    SECTOR,
    /** A search of the index, by its address: the documents it finds. */
    SEARCH
}
