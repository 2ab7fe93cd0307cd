package org.tsunagu.model.fact;

import org.tsunagu.model.Coded;

/** Whether a tie exists or is only hoped for or under discussion. */
public enum RelationshipStatus implements Coded {
    ESTABLISHED,
    PROPOSED
}
