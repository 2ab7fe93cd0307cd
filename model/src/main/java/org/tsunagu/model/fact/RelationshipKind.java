package org.tsunagu.model.fact;

import org.tsunagu.model.Coded;

/** A standing tie: sister or friendship, or cooperation and partnership. */
public enum RelationshipKind implements Coded {
    FRIENDSHIP,
    COOPERATION
}
