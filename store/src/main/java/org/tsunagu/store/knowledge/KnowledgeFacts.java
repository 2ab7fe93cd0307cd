package org.tsunagu.store.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.agreement.AgreementFollowUps;
import org.tsunagu.store.fact.Argument;
import org.tsunagu.store.internal.JdbcStatements;
import org.tsunagu.store.report.Filing;
import org.tsunagu.store.resolution.WriterCache;

/**
 * Keeps each knowledge fact in step with the statements that report it: one row per identity
 * key, its confidence 1 − Π(1 − c) over the reports that state it (each report's best statement
 * counting once, however many copies of it were published), and the dates of the first and last
 * of the documents. The caller holds the write transaction.
 */
public final class KnowledgeFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADD_SOURCE = """
            INSERT INTO kb_facts AS k (id, type, identity_key, confidence, sources, first_seen, last_seen)
            VALUES (?, ?, ?, ?, 1, ?, ?)
            ON CONFLICT (identity_key) DO UPDATE SET
                confidence = CASE WHEN 1.0 - (1.0 - k.confidence) * (1.0 - excluded.confidence) > 1.0
                                  THEN 1.0 ELSE 1.0 - (1.0 - k.confidence) * (1.0 - excluded.confidence) END,
                sources = k.sources + 1,
                first_seen = CASE WHEN k.first_seen IS NULL OR excluded.first_seen < k.first_seen
                                  THEN COALESCE(excluded.first_seen, k.first_seen) ELSE k.first_seen END,
                last_seen = CASE WHEN k.last_seen IS NULL OR excluded.last_seen > k.last_seen
                                 THEN COALESCE(excluded.last_seen, k.last_seen) ELSE k.last_seen END""";

    /** A copy of a report that already states the fact: its date widens the fact's, its confidence counted already. */
    private static final String ADD_COPY = """
            UPDATE kb_facts SET
                first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN COALESCE(?, first_seen) ELSE first_seen END,
                last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen THEN COALESCE(?, last_seen) ELSE last_seen END
            WHERE id = ?""";

    /**
     * A copy that states a fact more surely than its report did: the report's doubt 1 − c in the
     * product gives way to the copy's, by the factor bound first.
     */
    private static final String SURER_COPY = "UPDATE kb_facts SET confidence = 1.0 - (1.0 - confidence) * ? WHERE id = ?";

    /**
     * The knowledge facts a report's stored documents state, each with the report's best
     * confidence. Read from the report's few documents: starting from a fact instead would visit
     * every statement of it, thousands for the ties an archive mentions most.
     */
    private static final String STATED_BY_REPORT = """
            SELECT f.kb_fact_id, MAX(f.confidence) FROM documents d JOIN facts f ON f.document_id = d.id
            WHERE d.report = ? AND f.kb_fact_id IS NOT NULL
            GROUP BY f.kb_fact_id""";

    private KnowledgeFacts() {
    }

    /**
     * Adds a new document's facts, the document filed under its report as {@code filing} says, as
     * sources of their knowledge facts; returns each fact's knowledge fact id. A copy adds no
     * source to a fact its report states already.
     */
    public static List<Long> integrate(JdbcStatements statements, Extraction extraction, Filing filing,
            Map<EntityRef, Long> entities, WriterCache cache) {
        String report = filing.report();
        String seen = extraction.documentDate().or(() -> extraction.document().published()).map(PartialDate::toString)
                .orElse(null);
        List<String> keys = new ArrayList<>();
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        UndatedAgreements undated = UndatedAgreements.in(extraction.facts(), entities);
        for (Fact fact : extraction.facts()) {
            String key = FactIdentity.key(undated.keyedAs(fact), entities, report);
            keys.add(key);
            best.merge(key, fact.confidence(), Math::max);
            types.put(key, fact.type().code());
        }
        Map<Long, Double> statedByReport = filing.copy() ? statedBy(statements, report) : Map.of();
        Map<String, Long> ids = new HashMap<>();
        long next = statements.oneLong("SELECT COALESCE(MAX(id), 0) + 1 FROM kb_facts");
        for (Map.Entry<String, Double> entry : best.entrySet()) {
            String key = entry.getKey();
            Optional<Long> known = cache.find("fact", key,
                    () -> statements.findLong("SELECT id FROM kb_facts WHERE identity_key = ?", key));
            long id = known.orElse(next++);
            cache.put("fact", key, id);
            ids.put(key, id);
            Optional<Double> reportBest = known.map(statedByReport::get);
            if (reportBest.isPresent()) {
                statements.add(ADD_COPY, seen, seen, seen, seen, id);
                if (entry.getValue() > reportBest.get()) {
                    statements.add(SURER_COPY, (1.0 - entry.getValue()) / (1.0 - reportBest.get()), id);
                }
            } else {
                statements.add(ADD_SOURCE, id, types.get(key), key, entry.getValue(), seen, seen);
            }
        }
        statements.flush(ADD_SOURCE);
        statements.flush(ADD_COPY);
        statements.flush(SURER_COPY);
        return keys.stream().map(ids::get).toList();
    }

    private static Map<Long, Double> statedBy(JdbcStatements statements, String report) {
        return statements.rows(STATED_BY_REPORT, rows -> Map.entry(rows.getLong(1), rows.getDouble(2)), report)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Re-reads which knowledge fact each statement naming {@code entity} reports, after the
     * entity's identity changed (a merge or a split). A knowledge fact whose key changed for all
     * its statements is re-keyed in place and keeps its id; statements that now report another
     * fact move to it, taking a person's decision along when that fact had none.
     */
    public static void rekeyStatementsOf(Handle handle, long entity) {
        List<Statement> statements = handle.createQuery("""
                SELECT f.id, f.payload, f.kb_fact_id, d.report FROM facts f JOIN documents d ON d.id = f.document_id
                WHERE f.id IN (SELECT fact_id FROM fact_arguments WHERE resolved_id = :entity) ORDER BY f.id""")
                .bind("entity", entity)
                .map((row, ctx) -> new Statement(row.getLong("id"), row.getString("payload"), row.getLong("kb_fact_id"),
                        row.getString("report")))
                .list();
        Set<Long> touched = new TreeSet<>();
        Set<String> changedKeys = new TreeSet<>();
        for (Statement statement : statements) {
            Fact fact = read(statement.payload());
            Map<EntityRef, Long> ids = argumentEntities(handle, statement.id(), fact);
            Fact keyed = UndatedAgreements.storedKeyedAs(handle, statement.id(), fact, ids);
            String key = FactIdentity.key(keyed, ids, statement.report());
            String current = handle.createQuery("SELECT identity_key FROM kb_facts WHERE id = :id")
                    .bind("id", statement.knowledgeFact()).mapTo(String.class).one();
            if (current.equals(key)) {
                continue;
            }
            changedKeys.add(current);
            changedKeys.add(key);
            Optional<Long> existing = handle.createQuery("SELECT id FROM kb_facts WHERE identity_key = :key")
                    .bind("key", key).mapTo(Long.class).findOne();
            long target;
            if (existing.isPresent()) {
                target = existing.get();
                handle.createUpdate("""
                        UPDATE kb_facts SET review_state = (SELECT review_state FROM kb_facts WHERE id = :from),
                                            edits = (SELECT edits FROM kb_facts WHERE id = :from)
                        WHERE id = :id AND review_state = 'proposed'""")
                        .bind("id", target).bind("from", statement.knowledgeFact()).execute();
            } else if (onlyKeyOf(handle, statement.knowledgeFact(), statement.id())) {
                handle.createUpdate("UPDATE kb_facts SET identity_key = :key WHERE id = :id")
                        .bind("key", key).bind("id", statement.knowledgeFact()).execute();
                touched.add(statement.knowledgeFact());
                continue;
            } else {
                target = handle.createQuery("""
                        INSERT INTO kb_facts (type, identity_key, review_state, edits, confidence, sources)
                        SELECT type, :key, review_state, edits, confidence, 1 FROM kb_facts WHERE id = :from
                        RETURNING id""")
                        .bind("key", key).bind("from", statement.knowledgeFact()).mapTo(Long.class).one();
            }
            handle.createUpdate("UPDATE facts SET kb_fact_id = :target WHERE id = :id")
                    .bind("target", target).bind("id", statement.id()).execute();
            touched.add(target);
            touched.add(statement.knowledgeFact());
        }
        touched.forEach(id -> recompute(handle, id));
        Renewals.relinkAll(handle, changedKeys);
    }

    /** True when every other statement of the knowledge fact names the same entities as this one (or there are none). */
    private static boolean onlyKeyOf(Handle handle, long knowledgeFact, long statement) {
        return handle.createQuery("SELECT COUNT(*) FROM facts WHERE kb_fact_id = :kb AND id <> :id")
                .bind("kb", knowledgeFact).bind("id", statement).mapTo(Long.class).one() == 0;
    }

    /** Sources, confidence and dates from the statements, by report; a knowledge fact with none left is deleted. */
    static void recompute(Handle handle, long id) {
        List<Double> perReport = handle.createQuery("""
                SELECT MAX(f.confidence) FROM facts f JOIN documents d ON d.id = f.document_id
                WHERE f.kb_fact_id = :id GROUP BY d.report ORDER BY MAX(f.confidence)""")
                .bind("id", id).mapTo(Double.class).list();
        if (perReport.isEmpty()) {
            Renewals.forget(handle, id);
            AgreementFollowUps.forget(handle, id);
            handle.createUpdate("DELETE FROM kb_facts WHERE id = :id").bind("id", id).execute();
            return;
        }
        double doubt = 1.0;
        for (double c : perReport) {
            doubt *= 1.0 - c;
        }
        handle.createUpdate("""
                UPDATE kb_facts SET confidence = :confidence, sources = :sources,
                    first_seen = (SELECT MIN(COALESCE(d.document_date, d.published)) FROM facts f
                                  JOIN documents d ON d.id = f.document_id WHERE f.kb_fact_id = :id),
                    last_seen = (SELECT MAX(COALESCE(d.document_date, d.published)) FROM facts f
                                 JOIN documents d ON d.id = f.document_id WHERE f.kb_fact_id = :id)
                WHERE id = :id""")
                .bind("confidence", Math.min(1.0, 1.0 - doubt)).bind("sources", perReport.size()).bind("id", id)
                .execute();
    }

    /** The canonical entity of each argument of a stored statement. */
    static Map<EntityRef, Long> argumentEntities(Handle handle, long statement, Fact fact) {
        Map<String, Long> byPosition = new HashMap<>();
        handle.createQuery("SELECT role, position, resolved_id FROM fact_arguments WHERE fact_id = :id")
                .bind("id", statement)
                .map((row, ctx) -> Map.entry(row.getString("role") + "#" + row.getInt("position"), row.getLong("resolved_id")))
                .forEach(e -> byPosition.put(e.getKey(), e.getValue()));
        Map<EntityRef, Long> ids = new HashMap<>();
        for (Argument argument : Argument.of(fact)) {
            ids.put(argument.entity(), byPosition.get(argument.role() + "#" + argument.position()));
        }
        return ids;
    }

    static Fact read(String payload) {
        try {
            return FactJson.read(JSON.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fact payload is not JSON: " + payload, e);
        }
    }

    private record Statement(long id, String payload, long knowledgeFact, String report) {
    }
}
