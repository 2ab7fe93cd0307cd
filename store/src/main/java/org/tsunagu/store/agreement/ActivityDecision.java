package org.tsunagu.store.agreement;

import org.tsunagu.model.Coded;

/** What an editor said of a later fact suggested as carrying out a commitment. */
public enum ActivityDecision implements Coded {
    /** Found by the matching of words and parties; nobody has looked yet. */
    SUGGESTED,
    /** An editor said it carries the commitment out. */
    CONFIRMED,
    /** An editor said it does not. */
    DISMISSED
}
