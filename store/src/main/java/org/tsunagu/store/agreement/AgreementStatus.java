package org.tsunagu.store.agreement;

import org.tsunagu.model.Coded;

/** Where an agreement stands on a given day. */
public enum AgreementStatus implements Coded {
    /** Signed, with no term the text gives to say whether it still runs. */
    SIGNED,
    /** Within its term. */
    IN_FORCE,
    /** A later agreement renews it. */
    RENEWED,
    /** Its term has ended and nothing renews it. */
    EXPIRED,
    /** An editor said it was cancelled. */
    CANCELLED;

    public String label() {
        return code().replace('_', ' ');
    }
}
