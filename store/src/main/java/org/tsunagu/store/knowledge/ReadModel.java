package org.tsunagu.store.knowledge;

import org.tsunagu.store.internal.JdbcStatements;

/**
 * Adds a newly stored document's statements to what the entity pages and the network read (V5's
 * kb_fact_entities and statement_years), with one statement per table for the whole document.
 * Per-row triggers did this before V7 and took about a quarter of the time of storing a document;
 * merges, splits and re-keying still keep the tables by V5's triggers. Runs right after the
 * document's rows are inserted, before a later document's merges can move its arguments.
 */
public final class ReadModel {

    private static final String ADD_FACT_ENTITIES = """
            INSERT INTO kb_fact_entities (entity_id, type, kb_fact_id, arguments)
            SELECT a.resolved_id, f.type, f.kb_fact_id, COUNT(*)
            FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
            WHERE f.document_id = ? AND a.resolved_id IS NOT NULL AND f.kb_fact_id IS NOT NULL
            GROUP BY a.resolved_id, f.type, f.kb_fact_id
            ON CONFLICT (entity_id, type, kb_fact_id) DO UPDATE SET arguments = kb_fact_entities.arguments + excluded.arguments""";

    // The year as V5 reads it: the first four characters of the date the kind of fact states.
    private static final String ADD_STATEMENT_YEARS = """
            INSERT INTO statement_years (fact_id, kb_fact_id, year)
            SELECT id, kb_fact_id, year FROM (
                SELECT id, kb_fact_id, CAST(substr(payload ->> CASE type WHEN 'relationship' THEN '$.since'
                                                                      WHEN 'investment' THEN '$.as_of'
                                                                      ELSE '$.date' END,
                                                   1, 4) AS INTEGER) AS year
                FROM facts
                WHERE document_id = ? AND type IN ('agreement', 'relationship', 'event', 'investment')) AS stated
            WHERE year > 0""";

    private ReadModel() {
    }

    /** The caller holds the write transaction and has inserted the document's facts and arguments. */
    public static void addDocument(JdbcStatements statements, long documentId) {
        statements.execute(ADD_FACT_ENTITIES, documentId);
        statements.execute(ADD_STATEMENT_YEARS, documentId);
    }
}
