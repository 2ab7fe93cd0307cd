package org.tsunagu.store.agreement;

import org.tsunagu.model.Coded;

/** Where a commitment stands: planned until an editor says it is under way, done or lapsed. */
public enum CommitmentStatus implements Coded {
    PLANNED, IN_PROGRESS, DONE, LAPSED;

    /** "in progress": how pages word the status. */
    public String label() {
        return code().replace('_', ' ');
    }
}
