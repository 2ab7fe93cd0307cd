package org.tsunagu.store.knowledge;

/** SQL for the year of the knowledge fact aliased {@code k}, where lists sort and the network filters by year. */
public final class FactYears {

    /**
     * The year a person edited in, else the earliest year the fact's statements state; NULL when
     * neither gives one. In brackets and spaces, ready to splice.
     */
    public static final String STATED_YEAR = " (" + """
            COALESCE(NULLIF(CAST(substr(COALESCE(json_extract(k.edits, '$.date'), json_extract(k.edits, '$.since'),
                                                 json_extract(k.edits, '$.as_of')), 1, 4) AS INTEGER), 0),
                     (SELECT MIN(s.year) FROM statement_years s WHERE s.kb_fact_id = k.id))""" + ") ";

    /** The stated year, else the year the fact was first reported; NULL when none is known. */
    public static final String YEAR = " (COALESCE(" + STATED_YEAR
            + ", NULLIF(CAST(substr(k.first_seen, 1, 4) AS INTEGER), 0))) ";

    private FactYears() {
    }
}
