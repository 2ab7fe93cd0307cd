package org.tsunagu.store.knowledge;

import org.tsunagu.model.Coded;

/** Where a knowledge fact stands with people: proposed by the machine until someone decides. */
public enum ReviewState implements Coded {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    EDITED
}
