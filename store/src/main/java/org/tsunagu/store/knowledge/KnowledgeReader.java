package org.tsunagu.store.knowledge;

import static org.tsunagu.store.document.Provenance.CITED_PROVENANCE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.tsunagu.model.Coded;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.document.Provenance;
import org.tsunagu.store.fact.Summary;
import org.tsunagu.store.report.Copy;

/**
 * Reads knowledge facts. The fact shown is the best-supported statement (highest confidence,
 * then a fixed order of documents), its entities under their canonical names, edits applied.
 */
public final class KnowledgeReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JSON field of each argument role. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("party", "parties"),
            Map.entry("signatory", "signatories"), Map.entry("a", "a"), Map.entry("b", "b"),
            Map.entry("person", "person"), Map.entry("org", "org"), Map.entry("location", "location"),
            Map.entry("organizer", "organizers"), Map.entry("participant", "participants"),
            Map.entry("investor", "investor"), Map.entry("destination", "destination"), Map.entry("origin", "origin"),
            Map.entry("showcased_at", "showcased_at"));
    /** The field whose values documents may disagree on without being about another fact. */
    private static final Map<FactType, String> CONFLICTING = Map.of(FactType.AGREEMENT, "date",
            FactType.RELATIONSHIP, "since", FactType.INVESTMENT, "as_of");

    /** The JSON path of the date each type of fact states; other types state none. */
    private static final String DATE_PATH = """
            CASE k.type WHEN 'relationship' THEN '$.since' WHEN 'investment' THEN '$.as_of' ELSE '$.date' END""";
    // A person's edit wins; otherwise the earliest date a source gives, as a conflict lists first.
    private static final String FACT_DATE = "COALESCE(k.edits ->> " + DATE_PATH + ", (SELECT MIN(f.payload ->> "
            + DATE_PATH + ") FROM facts f WHERE f.kb_fact_id = k.id), k.first_seen)";
    private static final String FACTS = "(SELECT k.id, k.type, k.review_state, k.confidence, " + FACT_DATE
            + " AS fact_date, (SELECT MIN(d.name) FROM facts f JOIN documents d ON d.id = f.document_id"
            + " WHERE f.kb_fact_id = k.id) AS document_name FROM kb_facts k) k";
    /** The conditions on what kb_facts holds itself, which an index can serve. */
    private static final String STORED_CONDITIONS = """
            WHERE (:type IS NULL OR k.type = :type)
              AND (CASE WHEN :state IS NULL THEN k.review_state <> 'rejected' ELSE k.review_state = :state END)
              AND (:entity IS NULL OR k.id IN (SELECT f.kb_fact_id FROM facts f
                                               JOIN fact_arguments a ON a.fact_id = f.id WHERE a.resolved_id = :entity))
              AND (:min IS NULL OR k.confidence >= :min)
              AND (:max IS NULL OR k.confidence <= :max)
              AND (:document IS NULL OR k.id IN (SELECT f.kb_fact_id FROM facts f WHERE f.document_id = :document))
              AND (:country IS NULL OR k.id IN (
                    SELECT fe.kb_fact_id FROM kb_fact_entities fe WHERE fe.entity_id IN (
                        WITH RECURSIVE inside(id) AS (
                            SELECT id FROM kb_entities
                            WHERE level = 'country' AND reference_id = :country AND merged_into IS NULL
                            UNION SELECT e.id FROM kb_entities e JOIN inside i ON e.parent_id = i.id OR e.governs_id = i.id)
                        SELECT id FROM inside)))
            """;
    // Dates are ISO text, maybe partial: two overlap when they agree on the length they share.
    private static final String MATCHING = "FROM " + FACTS + "\n" + STORED_CONDITIONS + """
              AND (:from IS NULL OR substr(k.fact_date, 1, length(:from)) >= substr(:from, 1, length(k.fact_date)))
              AND (:to IS NULL OR substr(k.fact_date, 1, length(:to)) <= substr(:to, 1, length(k.fact_date)))
            """;
    /**
     * Facts in the order they were first read and with no bounds on their dates, as the review
     * queue opens: read from kb_facts alone, in the order of its key, so that a page costs the
     * same in a store of ten million facts as in one of ten thousand. The date and first document
     * of every fact, which the other orders need, made the queue's p95 2.8 s at 86,000 facts.
     */
    private static final String STORED_MATCHING = "FROM kb_facts k\n" + STORED_CONDITIONS;
    // Each order's terms apply only when asked for, so the others cost nothing; the id ends every order.
    // Undated facts go last in both databases (PostgreSQL puts nulls first in a descending order).
    private static final String FIND = "SELECT k.id " + MATCHING + """
            ORDER BY CASE WHEN :order = 'confidence' THEN k.confidence END,
                     CASE WHEN :order = 'date' THEN k.fact_date IS NULL END,
                     CASE WHEN :order = 'date' THEN k.fact_date END DESC,
                     CASE WHEN :order = 'document' THEN k.document_name END,
                     k.id
            LIMIT :limit OFFSET :offset""";
    private static final String COUNT = "SELECT COUNT(*) " + MATCHING;
    private static final String FIND_FIRST_READ = "SELECT k.id " + STORED_MATCHING + """
            ORDER BY k.id
            LIMIT :limit OFFSET :offset""";
    private static final String COUNT_STORED = "SELECT COUNT(*) " + STORED_MATCHING;
    private static final String STATEMENT_COLUMNS = "SELECT f.kb_fact_id, f.id, f.payload, f.confidence, d.name, "
            + "e.sentence, d.id AS document_id, d.report, d.source, " + CITED_PROVENANCE;
    private static final String STATEMENT_SOURCES = """

            JOIN facts f ON f.id = best.id
            JOIN documents d ON d.id = f.document_id JOIN evidence e ON e.fact_id = f.id""";
    private static final String STATEMENT_ORDER = " ORDER BY f.kb_fact_id, f.confidence DESC, d.content_hash, e.trigger_start, f.id";
    /**
     * The most confident {@link #MOST_STATEMENTS} statements of each fact, picked from the index on
     * (fact, confidence) before any document is read: at a million articles the first facts are
     * each reported by up to 8,000 of them, reading them whole made the search index's catch-up
     * crawl, and no page shows that many sources.
     */
    private static final String STATEMENTS = STATEMENT_COLUMNS + """

            FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY kb_fact_id ORDER BY confidence DESC, id) AS rank
                  FROM facts WHERE kb_fact_id IN (<ids>)) best""" + STATEMENT_SOURCES + """

            WHERE best.rank <= :most""" + STATEMENT_ORDER;
    /**
     * The same for one fact reported more widely than that: ranking its statements, as
     * {@link #STATEMENTS} does, still walks all of them, which for the twenty facts of a review
     * page at a million articles was 150 ms; the index hands over the best ones alone.
     */
    private static final String STATEMENTS_OF_ONE = STATEMENT_COLUMNS + """

            FROM (SELECT id FROM facts WHERE kb_fact_id = :fact ORDER BY confidence DESC, id LIMIT :most) best"""
            + STATEMENT_SOURCES + STATEMENT_ORDER;
    /** The statements read of one fact; its count of sources in all says how many reports state it. */
    public static final int MOST_STATEMENTS = 100;
    /** Facts read together by {@link #findAll}: a few statements per batch instead of several per fact. */
    public static final int BATCH = 500;
    private static final Comparator<Copy> COPY_ORDER = Comparator.comparing(Copy::name).thenComparing(Copy::source);

    private KnowledgeReader() {
    }

    /** How many facts the query matches, on all its pages; rejected facts only when it asks for them by state. */
    public static long count(Handle handle, KnowledgeQuery query) {
        if (query.from().isPresent() || query.to().isPresent()) {
            return bind(handle.createQuery(COUNT), query, true).mapTo(Long.class).one();
        }
        return bind(handle.createQuery(COUNT_STORED), query, false).mapTo(Long.class).one();
    }

    /** The ids of the facts the query's page holds, in its order. */
    public static List<Long> ids(Handle handle, KnowledgeQuery query) {
        if (query.order() == FactOrder.FIRST_READ && query.from().isEmpty() && query.to().isEmpty()) {
            return bind(handle.createQuery(FIND_FIRST_READ), query, false)
                    .bind("limit", query.limit()).bind("offset", query.offset()).mapTo(Long.class).list();
        }
        return bind(handle.createQuery(FIND), query, true).bind("order", query.order().code())
                .bind("limit", query.limit()).bind("offset", query.offset()).mapTo(Long.class).list();
    }

    private static Query bind(Query sql, KnowledgeQuery query, boolean dated) {
        if (dated) {
            sql.bind("from", query.from().map(PartialDate::toString).orElse(null))
                    .bind("to", query.to().map(PartialDate::toString).orElse(null));
        }
        return sql.bind("type", query.type().map(FactType::code).orElse(null))
                .bind("state", query.state().map(ReviewState::code).orElse(null))
                .bind("entity", query.entity().orElse(null))
                .bind("min", query.minConfidence().orElse(null))
                .bind("max", query.maxConfidence().orElse(null))
                .bind("document", query.document().orElse(null))
                .bind("country", query.country().orElse(null));
    }

    /** Every knowledge fact, rejected ones included. */
    public static List<Long> allIds(Handle handle) {
        return handle.createQuery("SELECT id FROM kb_facts ORDER BY id").mapTo(Long.class).list();
    }

    public static Optional<KnowledgeFact> find(Handle handle, long id) {
        return findAll(handle, List.of(id)).stream().findFirst();
    }

    /**
     * The knowledge facts with these ids, in the order given, leaving out ids with no fact. Up to
     * {@link #BATCH} ids at a time cost five statements in all: reading a whole store fact by fact
     * cost five each, most of a search-index rebuild's time.
     */
    public static List<KnowledgeFact> findAll(Handle handle, List<Long> ids) {
        if (ids.size() > BATCH) {
            List<KnowledgeFact> all = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += BATCH) {
                all.addAll(findAll(handle, ids.subList(from, Math.min(ids.size(), from + BATCH))));
            }
            return all;
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = rows(handle, ids);
        Map<Long, List<Statement>> statements = statements(handle, rows);
        Map<Long, List<Named>> names = canonicalNames(handle,
                statements.values().stream().map(list -> list.get(0).id()).toList());
        Map<Long, List<FactLink>> links = Renewals.of(handle, ids);
        List<KnowledgeFact> facts = new ArrayList<>(ids.size());
        for (long id : ids) {
            Row row = rows.get(id);
            List<Statement> stated = statements.get(id);
            if (row != null && stated != null) {
                facts.add(knowledgeFact(handle, row, stated, names.getOrDefault(stated.get(0).id(), List.of()), links));
            }
        }
        return facts;
    }

    private static Map<Long, Row> rows(Handle handle, List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        handle.createQuery("""
                SELECT id, type, review_state, edits, confidence, sources, first_seen, last_seen
                FROM kb_facts WHERE id IN (<ids>)""")
                .bindList("ids", ids)
                .map((row, ctx) -> new Row(row.getLong("id"), row.getString("type"), row.getString("review_state"),
                        row.getString("edits"), row.getDouble("confidence"), row.getInt("sources"),
                        row.getString("first_seen"), row.getString("last_seen")))
                .forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    /** Each fact's statements, the best supported first. */
    private static Map<Long, List<Statement>> statements(Handle handle, Map<Long, Row> rows) {
        Map<Long, List<Statement>> statements = new HashMap<>();
        List<Long> fewSources = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.sources() > MOST_STATEMENTS) {
                read(handle.createQuery(STATEMENTS_OF_ONE).bind("fact", row.id()), statements);
            } else {
                fewSources.add(row.id());
            }
        }
        if (!fewSources.isEmpty()) {
            read(handle.createQuery(STATEMENTS).bindList("ids", fewSources), statements);
        }
        return statements;
    }

    private static void read(Query query, Map<Long, List<Statement>> statements) {
        query.bind("most", MOST_STATEMENTS)
                .map((r, ctx) -> Map.entry(r.getLong("kb_fact_id"), new Statement(r.getLong("id"), r.getString("payload"),
                        r.getDouble("confidence"), r.getString("name"), r.getString("sentence"), Provenance.read(r),
                        new Copy(r.getLong("document_id"), r.getString("name"), r.getString("source"),
                                Optional.ofNullable(r.getString("info_outlet"))),
                        r.getString("report"))))
                .forEach(e -> statements.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }

    /** {@code links} holds the renewal links of this fact and maybe others, read once for a whole batch. */
    private static KnowledgeFact knowledgeFact(Handle handle, Row row, List<Statement> statements, List<Named> names,
            Map<Long, List<FactLink>> links) {
        Statement best = statements.get(0);
        ObjectNode payload = (ObjectNode) tree(best.payload());
        names.forEach(named -> rename(payload, named.role(), named.position(), named.name()));
        Map<String, String> edits = edits(row.edits());
        FactType type = Coded.fromCode(FactType.class, row.type()).orElseThrow();
        EditedEntities.applyAll(handle, type, payload, edits);
        Fact fact = FactJson.read(payload);
        List<Statement> shown = shownOfEachReport(statements);
        Map<String, Map<Long, Copy>> documentsOfReports = documentsOfReports(statements);
        List<Source> sources = shown.stream()
                .map(s -> new Source(s.id(), s.document(), s.sentence(), s.confidence(), s.publication(),
                        copiesOf(s, documentsOfReports)))
                .toList();
        return new KnowledgeFact(row.id(), type, Summary.of(fact), fact,
                Coded.fromCode(ReviewState.class, row.state()).orElseThrow(), edits, row.confidence(), sources,
                row.sources(), conflicts(type, shown), Optional.ofNullable(row.firstSeen()),
                Optional.ofNullable(row.lastSeen()), links.getOrDefault(row.id(), List.of()));
    }

    /** The statements of the document that stands for its report: the first of the report's in {@code statements}' order. */
    private static List<Statement> shownOfEachReport(List<Statement> statements) {
        Map<String, Long> shownDocument = new LinkedHashMap<>();
        for (Statement s : statements) {
            shownDocument.putIfAbsent(s.report(), s.copy().document());
        }
        return statements.stream().filter(s -> shownDocument.get(s.report()) == s.copy().document()).toList();
    }

    /** The documents stating the fact, by the report they belong to, each once. */
    private static Map<String, Map<Long, Copy>> documentsOfReports(List<Statement> statements) {
        Map<String, Map<Long, Copy>> documents = new HashMap<>();
        for (Statement s : statements) {
            documents.computeIfAbsent(s.report(), r -> new LinkedHashMap<>())
                    .putIfAbsent(s.copy().document(), s.copy());
        }
        return documents;
    }

    /**
     * The other documents of the statement's report that state the fact, by name. Grouped once per
     * fact beforehand: comparing every shown statement with every statement took most of a review
     * page's time for a fact that 800 articles state.
     */
    private static List<Copy> copiesOf(Statement shown, Map<String, Map<Long, Copy>> documentsOfReports) {
        Map<Long, Copy> documents = documentsOfReports.get(shown.report());
        if (documents.size() == 1) {
            return List.of();
        }
        return documents.values().stream().filter(c -> c.document() != shown.copy().document()).sorted(COPY_ORDER)
                .toList();
    }

    /** The canonical names of the entities each statement names, by statement. */
    private static Map<Long, List<Named>> canonicalNames(Handle handle, List<Long> statements) {
        Map<Long, List<Named>> names = new HashMap<>();
        if (statements.isEmpty()) {
            return names;
        }
        handle.createQuery("""
                SELECT a.fact_id, a.role, a.position, k.name FROM fact_arguments a JOIN kb_entities k ON k.id = a.resolved_id
                WHERE a.fact_id IN (<ids>)""")
                .bindList("ids", statements)
                .map((r, ctx) -> Map.entry(r.getLong("fact_id"),
                        new Named(r.getString("role"), r.getInt("position"), r.getString("name"))))
                .forEach(e -> names.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return names;
    }

    /** Gives the argument in {@code role} at {@code position} of a fact's JSON form another name. */
    static void rename(ObjectNode payload, String role, int position, String name) {
        JsonNode field = payload.get(FIELDS.get(role));
        JsonNode ref = field != null && field.isArray() ? field.get(position) : field;
        if (ref instanceof ObjectNode object) {
            object.put("name", name);
        }
    }

    /** Values of the disputable field, when two of them cannot both be true ("2013-10" fits "2013-10-31"). */
    private static List<Conflict> conflicts(FactType type, List<Statement> statements) {
        String field = CONFLICTING.get(type);
        if (field == null) {
            return List.of();
        }
        Map<String, List<String>> byValue = new TreeMap<>();
        for (Statement s : statements) {
            JsonNode value = tree(s.payload()).get(field);
            if (value != null && !value.isNull()) {
                byValue.computeIfAbsent(value.asText(), v -> new ArrayList<>()).add(s.document());
            }
        }
        List<String> values = new ArrayList<>(byValue.keySet());
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (!values.get(j).startsWith(values.get(i))) {
                    return List.of(new Conflict(field, byValue));
                }
            }
        }
        return List.of();
    }

    static Map<String, String> edits(String json) {
        Map<String, String> edits = new LinkedHashMap<>();
        if (json != null) {
            tree(json).fields().forEachRemaining(e -> edits.put(e.getKey(), e.getValue().asText()));
        }
        return edits;
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not JSON: " + json, e);
        }
    }

    private record Row(long id, String type, String state, String edits, double confidence, int sources,
            String firstSeen, String lastSeen) {
    }

    private record Statement(long id, String payload, double confidence, String document, String sentence,
            DocumentInfo publication, Copy copy, String report) {
    }

    private record Named(String role, int position, String name) {
    }
}
