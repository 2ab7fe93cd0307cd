package org.tsunagu.model.entity;

import org.tsunagu.model.Coded;

/** The kinds of thing a fact can be about. */
public enum EntityType implements Coded {
    ORGANISATION,
    PLACE,
    PERSON,
    /** A collective named only by description ("Japanese companies"), not a single body. */
    GROUP
}
