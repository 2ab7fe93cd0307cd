package org.tsunagu.model.fact;

import org.tsunagu.model.Coded;

/** What sort of occasion an event is. */
public enum EventKind implements Coded {
    MEETING,
    VISIT,
    SIGNING,
    CONFERENCE,
    SYMPOSIUM,
    EXHIBITION,
    OPENING,
    OTHER
}
