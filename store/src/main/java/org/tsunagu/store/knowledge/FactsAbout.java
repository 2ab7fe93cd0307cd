package org.tsunagu.store.knowledge;

import static org.tsunagu.store.document.Provenance.CITED_PROVENANCE;
import static org.tsunagu.store.knowledge.FactYears.YEAR;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.document.Provenance;
import org.tsunagu.store.fact.Summary;

/**
 * The knowledge facts that name an entity, counted by type and read a page of one type at a time,
 * the most recently learned first, in a fixed number of queries whatever the page size. Rejected
 * facts are left out. The statement shown is the most confident one, the first stored on ties: an
 * index finds it without reading the other reports of the fact.
 */
public final class FactsAbout {

    /** Counts from the index alone: a hub's thousands of facts are not read one by one. */
    private static final String COUNTS = """
            SELECT x.type, COUNT(*) AS n FROM kb_fact_entities x
            WHERE x.entity_id = :entity AND x.kb_fact_id NOT IN (SELECT id FROM kb_facts WHERE review_state = 'rejected')
            GROUP BY x.type""";
    private static final String PAGE = """
            SELECT x.kb_fact_id FROM kb_fact_entities x
            WHERE x.entity_id = :entity AND x.type = :type
              AND x.kb_fact_id NOT IN (SELECT id FROM kb_facts WHERE review_state = 'rejected')
            ORDER BY x.kb_fact_id DESC LIMIT :limit OFFSET :offset""";
    private static final String FACTS = "SELECT k.id, k.type, k.review_state, k.edits, k.confidence, k.sources, "
            + "k.first_seen, k.last_seen, " + YEAR + " AS year, " + """
            f.id AS statement, f.payload, d.id AS document, d.name AS document_name,
            e.sentence, e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, """
            + CITED_PROVENANCE + """

            FROM kb_facts k
            JOIN facts f ON f.id = (SELECT b.id FROM facts b WHERE b.kb_fact_id = k.id
                                    ORDER BY b.confidence DESC, b.id LIMIT 1)
            JOIN documents d ON d.id = f.document_id
            JOIN evidence e ON e.fact_id = f.id
            WHERE k.id IN (<ids>)""";
    private static final String PARTICIPANTS = """
            SELECT a.fact_id, a.role, a.position, a.resolved_id, k.name, k.type FROM fact_arguments a
            JOIN kb_entities k ON k.id = a.resolved_id
            WHERE a.fact_id IN (<statements>)
            ORDER BY a.fact_id, a.role, a.position""";

    private FactsAbout() {
    }

    public static Map<FactType, Long> counts(Handle handle, long entity) {
        Map<FactType, Long> counts = new EnumMap<>(FactType.class);
        handle.createQuery(COUNTS).bind("entity", entity)
                .map((row, ctx) -> Map.entry(type(row.getString("type")), row.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public static List<CitedFact> page(Handle handle, long entity, FactType type, int limit, int offset) {
        List<Long> ids = handle.createQuery(PAGE).bind("entity", entity).bind("type", type.code())
                .bind("limit", limit).bind("offset", offset).mapTo(Long.class).list();
        return cited(handle, ids);
    }

    /**
     * A page of each type of fact that names the entity: the ids of each type's page read
     * backwards along the key (entity, type, fact) and cut at the limit, then the facts and their
     * participants for the whole page in two statements. Numbering all of an entity's rows in one
     * statement took half a second for a country named by 264,000 facts.
     */
    public static Map<FactType, List<CitedFact>> pages(Handle handle, long entity, int limit, int offset) {
        List<Long> ids = new ArrayList<>();
        for (FactType type : FactType.values()) {
            ids.addAll(handle.createQuery(PAGE).bind("entity", entity).bind("type", type.code()).bind("limit", limit)
                    .bind("offset", offset).mapTo(Long.class).list());
        }
        Map<FactType, List<CitedFact>> pages = new EnumMap<>(FactType.class);
        cited(handle, ids).forEach(fact -> pages.computeIfAbsent(fact.type(), t -> new ArrayList<>()).add(fact));
        return pages;
    }

    /** The knowledge facts with these ids, in the order given; ids of no fact are skipped. */
    public static List<CitedFact> cited(Handle handle, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        handle.createQuery(FACTS).bindList("ids", ids).map((r, ctx) -> new Row(r.getLong("id"), r.getString("type"),
                r.getString("review_state"), r.getString("edits"), r.getDouble("confidence"), r.getInt("sources"),
                Optional.ofNullable(r.getString("first_seen")), Optional.ofNullable(r.getString("last_seen")),
                year(r),
                r.getString("payload"), new Citation(r.getLong("statement"), r.getLong("document"),
                        r.getString("document_name"), r.getString("sentence"),
                        new Span(r.getInt("sentence_start"), r.getInt("sentence_end")),
                        new Span(r.getInt("trigger_start"), r.getInt("trigger_end")), Provenance.read(r))))
                .forEach(row -> rows.put(row.id(), row));
        Map<Long, List<Participant>> participants = participants(handle,
                rows.values().stream().map(row -> row.citation().statement()).toList());
        Map<Long, List<FactLink>> links = Renewals.of(handle, rows.keySet());
        List<CitedFact> facts = new ArrayList<>();
        for (long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                facts.add(row.cited(handle, participants.getOrDefault(row.citation().statement(), List.of()),
                        links.getOrDefault(id, List.of())));
            }
        }
        return facts;
    }

    private static Map<Long, List<Participant>> participants(Handle handle, List<Long> statements) {
        Map<Long, List<Participant>> byStatement = new HashMap<>();
        handle.createQuery(PARTICIPANTS).bindList("statements", statements)
                .map((r, ctx) -> Map.entry(r.getLong("fact_id"), new Participant(r.getString("role"),
                        r.getInt("position"), r.getLong("resolved_id"), r.getString("name"),
                        Coded.fromCode(EntityType.class, r.getString("type")).orElseThrow())))
                .forEach(e -> byStatement.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byStatement;
    }

    private static Optional<Integer> year(ResultSet row) throws SQLException {
        int year = row.getInt("year");
        return row.wasNull() ? Optional.empty() : Optional.of(year);
    }

    private static FactType type(String code) {
        return Coded.fromCode(FactType.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown fact type in the store: " + code));
    }

    private record Row(long id, String type, String state, String edits, double confidence, int sources,
            Optional<String> firstSeen, Optional<String> lastSeen, Optional<Integer> year, String payload,
            Citation citation) {

        /** The statement under canonical names with a person's edits over it, as {@link KnowledgeReader} shows it. */
        CitedFact cited(Handle handle, List<Participant> participants, List<FactLink> links) {
            ObjectNode json = (ObjectNode) KnowledgeReader.tree(payload);
            participants.forEach(p -> KnowledgeReader.rename(json, p.role(), p.position(), p.name()));
            EditedEntities.applyAll(handle, FactsAbout.type(type), json, KnowledgeReader.edits(edits));
            Fact fact = FactJson.read(json);
            return new CitedFact(id, FactsAbout.type(type), Summary.of(fact), fact,
                    Coded.fromCode(ReviewState.class, state).orElseThrow(), confidence, sources, year, firstSeen,
                    lastSeen, participants, citation, links);
        }
    }
}
