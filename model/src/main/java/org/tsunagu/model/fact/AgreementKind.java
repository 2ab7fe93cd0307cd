package org.tsunagu.model.fact;

import org.tsunagu.model.Coded;

/** What kind of document was signed. */
public enum AgreementKind implements Coded {
    MOU,
    COOPERATION_AGREEMENT,
    FRIENDSHIP_AGREEMENT,
    OTHER
}
