package org.tsunagu.store.knowledge;

import org.tsunagu.model.Coded;

/**
 * The orders a list of knowledge facts comes in, each ending in the fact's id so that pages never
 * overlap: as first read, least confident first (the doubtful ones a reviewer looks at first),
 * newest date first (see {@link KnowledgeQuery} for a fact's date), or by the name of the first
 * document, in alphabetical order, that reports it.
 */
public enum FactOrder implements Coded {
    FIRST_READ("k.id"),
    CONFIDENCE("k.confidence, k.id"),
    DATE("k.fact_date DESC, k.id"),
    DOCUMENT("k.document_name, k.id");

    private final String sql;

    FactOrder(String sql) {
        this.sql = sql;
    }

    /** The ORDER BY terms over the columns {@link KnowledgeReader} selects; fixed text, never input. */
    String sql() {
        return sql;
    }
}
