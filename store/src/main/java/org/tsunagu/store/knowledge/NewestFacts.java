package org.tsunagu.store.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.document.DocumentReader;
import org.tsunagu.store.resolution.EntityLink;

/**
 * Knowledge facts by the date they happened, the newest first, not by when they were read: an
 * agreement's or event's date, a tie's "since", an investment's "as of", a person's edit before
 * them. Facts that state no date (a role, a product, an undated tie) follow, the most recently
 * learned first. Rejected facts are left out, and so are facts dated after today: what is still to come
 * ("will sign in December") belongs to the calendar, not to the news.
 */
public final class NewestFacts {

    /** The date of the knowledge fact aliased {@code k}: an edit, else its most confident statement's. */
    private static final String DATE = """
            COALESCE(json_extract(k.edits, '$.date'), json_extract(k.edits, '$.since'), json_extract(k.edits, '$.as_of'),
                     (SELECT json_extract(f.payload, CASE k.type WHEN 'relationship' THEN '$.since'
                                                                 WHEN 'investment' THEN '$.as_of' ELSE '$.date' END)
                      FROM facts f WHERE f.kb_fact_id = k.id ORDER BY f.confidence DESC, f.id LIMIT 1))""";
    /**
     * Statement years narrow the facts whose full dates are read to those of the newest years that
     * fill the list: reading every fact's JSON would cost a scan of the whole store.
     */
    private static final String DATED = """
            WITH years AS MATERIALIZED (
                SELECT kb_fact_id AS id, MIN(year) AS year FROM statement_years
                WHERE kb_fact_id IS NOT NULL GROUP BY kb_fact_id),
            shown AS (
                SELECT years.id, years.year FROM years JOIN kb_facts k ON k.id = years.id
                WHERE k.review_state <> 'rejected' AND (:type IS NULL OR k.type = :type) AND years.year <= :year),
            cutoff AS (SELECT year FROM shown ORDER BY year DESC LIMIT 1 OFFSET :last)
            SELECT id, date FROM (
                SELECT s.id, s.year, """ + DATE + """
             AS date
                FROM shown s JOIN kb_facts k ON k.id = s.id
                WHERE s.year >= COALESCE((SELECT year FROM cutoff), 0)) dated
            WHERE date IS NULL OR date <= :today
            ORDER BY year DESC, date DESC, id DESC LIMIT :limit""";
    private static final String UNDATED = """
            SELECT k.id FROM kb_facts k
            WHERE k.review_state <> 'rejected' AND (:type IS NULL OR k.type = :type)
              AND NOT EXISTS (SELECT 1 FROM statement_years y WHERE y.kb_fact_id = k.id)
            ORDER BY k.id DESC LIMIT :limit""";
    private static final String ENTITIES = """
            SELECT e.id, e.name, e.type, e.level FROM kb_fact_entities x JOIN kb_entities e ON e.id = x.entity_id
            WHERE x.kb_fact_id = :id AND e.merged_into IS NULL ORDER BY e.name, e.id""";

    private NewestFacts() {
    }

    public static List<DatedFact> find(Handle handle, Optional<FactType> type, int limit, LocalDate today) {
        String code = type.map(FactType::code).orElse(null);
        List<DatedFact> newest = new ArrayList<>();
        handle.createQuery(DATED).bind("type", code).bind("last", limit - 1).bind("limit", limit)
                .bind("year", today.getYear()).bind("today", today.toString())
                .map((row, ctx) -> new Dated(row.getLong("id"), Optional.ofNullable(row.getString("date"))))
                .list().forEach(dated -> dated(handle, dated.id(), dated.date()).ifPresent(newest::add));
        if (newest.size() < limit) {
            handle.createQuery(UNDATED).bind("type", code).bind("limit", limit - newest.size()).mapTo(Long.class)
                    .list().forEach(id -> dated(handle, id, Optional.empty()).ifPresent(newest::add));
        }
        return newest;
    }

    private record Dated(long id, Optional<String> date) {
    }

    private static Optional<DatedFact> dated(Handle handle, long id, Optional<String> date) {
        return KnowledgeReader.find(handle, id).filter(fact -> !fact.sources().isEmpty()).flatMap(fact -> {
            long statement = fact.sources().get(0).statement();
            return DocumentReader.documentOf(handle, statement)
                    .map(document -> new DatedFact(fact, date, entities(handle, id), document, statement));
        });
    }

    private static List<EntityLink> entities(Handle handle, long fact) {
        return handle.createQuery(ENTITIES).bind("id", fact)
                .map((row, ctx) -> new EntityLink(row.getLong("id"), row.getString("name"),
                        Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(),
                        Optional.ofNullable(row.getString("level"))))
                .list();
    }
}
