package org.tsunagu.store.partner;

import org.tsunagu.model.Coded;

/** What an interest names: a sector to work in, or a region to find partners in. */
public enum InterestKind implements Coded {
    SECTOR,
    REGION
}
