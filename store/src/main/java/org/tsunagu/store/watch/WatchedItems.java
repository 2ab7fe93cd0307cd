package org.tsunagu.store.watch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * What arrived in a watchlist after a moment: knowledge facts first reported by a document
 * ingested after it (a fact a new article only confirms is not new), newest first. Moments are
 * stored as {@link Instant#toString()} writes them, with 0 to 9 digits of fraction, which do not
 * sort as text ("…:00.5Z" before "…:00Z"): they are compared padded to 9 digits, to the nanosecond.
 */
public final class WatchedItems {

    /** Instants as the queries compare them: nine digits of fraction, no Z. */
    private static final DateTimeFormatter PADDED_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS").withZone(ZoneOffset.UTC);
    /** The statement a list shows for each knowledge fact, and the facts' order. */
    private static final String NEWEST_FIRST = """
            , reported AS (
                SELECT id, first_ingested FROM (
                    SELECT w.id, MIN(substr(replace(d.ingested_at, 'Z', '') || CASE WHEN instr(d.ingested_at, '.') = 0 THEN '.000000000' ELSE '000000000' END, 1, 29)) AS first_ingested
                    FROM watched w JOIN kb_facts k ON k.id = w.id AND k.review_state <> 'rejected'
                    JOIN facts f ON f.kb_fact_id = w.id JOIN documents d ON d.id = f.document_id
                    GROUP BY w.id) firsts
                WHERE first_ingested > :since
                ORDER BY first_ingested DESC, id DESC LIMIT :limit
            )
            SELECT k.id, k.type, r.first_ingested, f.summary, e.sentence
            FROM reported r JOIN kb_facts k ON k.id = r.id
            JOIN facts f ON f.id = (SELECT b.id FROM facts b WHERE b.kb_fact_id = k.id ORDER BY b.confidence DESC, b.id LIMIT 1)
            LEFT JOIN evidence e ON e.fact_id = f.id
            ORDER BY r.first_ingested DESC, k.id DESC""";
    /** The facts that name the entity, or the entity it was merged into. */
    private static final String ABOUT_ENTITY = """
            WITH RECURSIVE survivor (id, merged_into) AS (
                SELECT id, merged_into FROM kb_entities WHERE id = :entity
                UNION ALL
                SELECT e.id, e.merged_into FROM kb_entities e JOIN survivor s ON e.id = s.merged_into
            ), watched AS (
                SELECT DISTINCT x.kb_fact_id AS id FROM kb_fact_entities x
                WHERE x.entity_id = (SELECT id FROM survivor WHERE merged_into IS NULL LIMIT 1)
            )""" + NEWEST_FIRST;
    /**
     * The agreements, investments and products of documents ingested since the moment that name
     * the sector. The index on ingested_at finds the documents from the start of the moment's second.
     */
    private static final String IN_SECTOR = """
            WITH watched AS (
                SELECT DISTINCT f.kb_fact_id AS id
                FROM documents d JOIN facts f ON f.document_id = d.id
                WHERE d.ingested_at >= :sinceSecond AND f.kb_fact_id IS NOT NULL
                  AND f.type IN ('agreement', 'investment', 'product')
                  AND EXISTS (SELECT 1 FROM json_each(f.payload, CASE f.type WHEN 'agreement' THEN '$.fields'
                                                                  WHEN 'investment' THEN '$.sectors'
                                                                  ELSE '$.categories' END) s
                              WHERE lower(s.value) = lower(:sector))
            )""" + NEWEST_FIRST;
    private static final String DOCUMENTS = """
            SELECT id, COALESCE(title, name) AS title, ingested_at FROM documents
            WHERE id IN (<ids>) AND substr(replace(ingested_at, 'Z', '') || CASE WHEN instr(ingested_at, '.') = 0 THEN '.000000000' ELSE '000000000' END, 1, 29) > :since
            ORDER BY substr(replace(ingested_at, 'Z', '') || CASE WHEN instr(ingested_at, '.') = 0 THEN '.000000000' ELSE '000000000' END, 1, 29) DESC, id DESC LIMIT :limit""";
    /** The sectors facts name, most named first: the choices of "follow a sector". */
    private static final String SECTORS = """
            SELECT MIN(s.value) AS sector FROM facts f,
                 json_each(f.payload, CASE f.type WHEN 'agreement' THEN '$.fields' WHEN 'investment' THEN '$.sectors'
                                                  ELSE '$.categories' END) s
            WHERE f.type IN ('agreement', 'investment', 'product')
            GROUP BY lower(s.value) ORDER BY COUNT(*) DESC, lower(s.value) LIMIT :limit""";

    private final Jdbi jdbi;

    public WatchedItems(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Facts that name the entity, first reported after the moment; {@link Instant#EPOCH} for the latest. */
    public List<WatchedFact> aboutEntity(long entity, Instant since, int limit) {
        return jdbi.withHandle(handle -> facts(handle.createQuery(ABOUT_ENTITY).bind("entity", entity), since, limit));
    }

    /** Agreements, investments and products in the sector (any case), first reported after the moment. */
    public List<WatchedFact> inSector(String sector, Instant since, int limit) {
        return jdbi.withHandle(handle -> facts(handle.createQuery(IN_SECTOR).bind("sector", sector)
                .bind("sinceSecond", since.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "")), since, limit));
    }

    /** Those of the documents ingested after the moment, newest first. */
    public List<WatchedDocument> documentsIngestedAfter(Collection<Long> ids, Instant since, int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery(DOCUMENTS).bindList("ids", List.copyOf(ids))
                .bind("since", PADDED_FORMAT.format(since)).bind("limit", limit)
                .map((row, ctx) -> new WatchedDocument(row.getLong("id"), row.getString("title"),
                        Instant.parse(row.getString("ingested_at"))))
                .list());
    }

    /** The sectors the facts name, as first written, the most named first. */
    public List<String> sectors(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SECTORS).bind("limit", limit).mapTo(String.class).list());
    }

    private static List<WatchedFact> facts(Query query, Instant since, int limit) {
        return query.bind("since", PADDED_FORMAT.format(since)).bind("limit", limit)
                .map((row, ctx) -> new WatchedFact(row.getLong("id"), row.getString("type"), row.getString("summary"),
                        row.getString("sentence"), PADDED_FORMAT.parse(row.getString("first_ingested"), Instant::from)))
                .list();
    }
}
