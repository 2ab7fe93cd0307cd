package org.tsunagu.store.account;

import org.tsunagu.model.Coded;

/**
 * What a person may do, each role including the ones before it: a viewer reads, an editor also
 * reviews and edits facts, an admin also manages accounts and adds articles.
 */
public enum Role implements Coded {
    VIEWER,
    EDITOR,
    ADMIN;

    /** True when this role may do everything {@code needed} may. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }
}
