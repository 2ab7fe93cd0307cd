package org.tsunagu.model.fact;

import org.tsunagu.model.Coded;

/** The kinds of fact, named as in the interchange format. */
public enum FactType implements Coded {
    AGREEMENT,
    RELATIONSHIP,
    ROLE,
    EVENT,
    INVESTMENT,
    PRODUCT
}
