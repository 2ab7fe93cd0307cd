package org.tsunagu.search;

/** What bringing the index up to date took. */
public enum IndexUpdate {
    /** It already reflected the store. */
    NONE,
    /** People's decisions on facts were applied to those facts' entries. */
    REVIEWED_FACTS,
    /** Articles were ingested: their documents, the facts they state and the entities they name were written. */
    INGESTED,
    /** It was built again from the whole store. */
    REBUILT,
    /** Another process holds the index for writing (a running server); it brings the index up to date. */
    HELD_ELSEWHERE
}
