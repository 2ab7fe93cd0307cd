package org.tsunagu.store.knowledge;

import org.tsunagu.model.Coded;

/**
 * The orders a list of knowledge facts comes in, each ending in the fact's id so that pages never
 * overlap: as first read, least confident first (the doubtful ones a reviewer looks at first),
 * newest date first, undated last (see {@link KnowledgeQuery} for a fact's date), or by the name
 * of the first document, in alphabetical order, that reports it.
 */
public enum FactOrder implements Coded {
    FIRST_READ,
    CONFIDENCE,
    DATE,
    DOCUMENT
}
