package org.tsunagu.store;

/** What saving an extraction did: stored a new document, or found the same text already stored. */
public enum SaveOutcome {
    NEW,
    UNCHANGED
}
