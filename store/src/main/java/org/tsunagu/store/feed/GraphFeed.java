package org.tsunagu.store.feed;

import static org.tsunagu.store.document.Provenance.PROVENANCE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.Dialect;
import org.tsunagu.store.document.Provenance;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeReader;
import org.tsunagu.store.resolution.Level;

/**
 * The whole graph read in id order, for projections that can always be rebuilt from the store
 * (the search index): canonical entities, knowledge facts (rejected ones too) and documents,
 * streamed rather than paged, with the ids that tie them together. Each full read runs on one
 * connection; take {@link #state()} before it, so that a change made meanwhile makes the
 * projection look stale rather than current. Short reads (the state, one record) share one
 * connection kept open until {@link #close()}: opening a SQLite connection costs more than they do.
 */
public final class GraphFeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() { };

    private static final String ENTITIES = """
            SELECT e.id, e.type, e.name, e.level, e.parent_id, e.governs_id, e.reference_id,
                   (SELECT json_group_array(a.name) FROM kb_aliases a WHERE a.entity_id = e.id) AS aliases
            FROM kb_entities e WHERE e.merged_into IS NULL AND (:id IS NULL OR e.id = :id) ORDER BY e.id""";
    /** Read from the pairs ingest keeps, not from the statements: a fact may have thousands of those. */
    private static final String FACT_ENTITIES = """
            SELECT DISTINCT kb_fact_id, entity_id FROM kb_fact_entities
            WHERE kb_fact_id IN (<ids>) ORDER BY kb_fact_id, entity_id""";
    private static final String DOCUMENTS = """
            SELECT d.id, d.name, d.source, d.text, d.document_date,
                   (SELECT json_group_array(DISTINCT a.resolved_id) FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
                    WHERE f.document_id = d.id AND a.resolved_id IS NOT NULL) AS entities, """
            + PROVENANCE + " FROM documents d WHERE d.id > :after ORDER BY d.id";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Supplier<StatementBuilder> reusedStatements;
    private Handle shortReads;

    /** {@code reusedStatements} keep a connection's compiled statements for the next use of the same SQL. */
    public GraphFeed(Jdbi jdbi, Dialect dialect, Supplier<StatementBuilder> reusedStatements) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.reusedStatements = reusedStatements;
    }

    private synchronized <T> T briefly(HandleCallback<T, RuntimeException> read) {
        if (shortReads == null) {
            shortReads = jdbi.open();
        }
        return read.withHandle(shortReads);
    }

    @Override
    public synchronized void close() {
        if (shortReads != null) {
            shortReads.close();
            shortReads = null;
        }
    }

    public FeedState state() {
        return briefly(handle -> handle.createQuery("""
                SELECT COALESCE((SELECT MAX(id) FROM documents), 0) AS document,
                       COALESCE((SELECT ingested_at FROM documents WHERE id = (SELECT MAX(id) FROM documents)), '') AS at,
                       COALESCE((SELECT MAX(id) FROM kb_entities), 0) AS entity,
                       COALESCE((SELECT MAX(id) FROM kb_facts), 0) AS fact,
                       COALESCE((SELECT MAX(id) FROM audit_log), 0) AS audit""")
                .map((row, ctx) -> new FeedState(row.getLong("document"), row.getString("at"), row.getLong("entity"),
                        row.getLong("fact"), row.getLong("audit")))
                .one());
    }

    public FeedSize size() {
        return briefly(handle -> handle.createQuery("""
                SELECT (SELECT COUNT(*) FROM kb_entities WHERE merged_into IS NULL) AS entities,
                       (SELECT COUNT(*) FROM kb_facts) AS facts, (SELECT COUNT(*) FROM documents) AS documents""")
                .map((row, ctx) -> new FeedSize(row.getLong("entities"), row.getLong("facts"), row.getLong("documents")))
                .one());
    }

    /** The SQLite file the store lives in; empty for a database in memory and for PostgreSQL. */
    public Optional<Path> file() {
        if (dialect != Dialect.SQLITE) {
            return Optional.empty();
        }
        return briefly(handle -> handle.createQuery("PRAGMA database_list")
                .map((row, ctx) -> new String[] {row.getString("name"), row.getString("file")}).list())
                .stream().filter(row -> "main".equals(row[0]) && row[1] != null && !row[1].isEmpty())
                .map(row -> Path.of(row[1])).findFirst();
    }

    public void entities(Consumer<FeedEntity> sink) {
        jdbi.useHandle(handle -> handle.createQuery(ENTITIES).bind("id", (Long) null)
                .map((row, ctx) -> entity(row)).forEach(sink));
    }

    /** Empty when there is no such entity or it was merged into another. */
    public Optional<FeedEntity> entity(long id) {
        return briefly(handle -> handle.createQuery(ENTITIES).bind("id", id)
                .map((row, ctx) -> entity(row)).findOne());
    }

    public void facts(Consumer<FeedFact> sink) {
        streamed(KnowledgeReader::allIds, sink);
    }

    /**
     * The facts with these ids that still exist, in that order, handed over a batch at a time: a
     * catch-up after a large ingest may name millions, more than fit in memory at once.
     */
    public void facts(List<Long> ids, Consumer<FeedFact> sink) {
        streamed(handle -> ids, sink);
    }

    private void streamed(Function<Handle, List<Long>> ids, Consumer<FeedFact> sink) {
        jdbi.useHandle(handle -> {
            // The same few statements read every fact: compiled once rather than per fact, which
            // took most of a rebuild's time (100,000 facts, several statements each).
            handle.setStatementBuilder(reusedStatements.get());
            facts(handle, ids.apply(handle), sink);
        });
    }

    /** The facts with these ids that still exist, in that order. */
    public List<FeedFact> facts(List<Long> ids) {
        return briefly(handle -> {
            List<FeedFact> facts = new ArrayList<>(ids.size());
            facts(handle, ids, facts::add);
            return facts;
        });
    }

    /** Reads the facts a batch at a time, so that a whole store costs a few statements per batch. */
    private static void facts(Handle handle, List<Long> ids, Consumer<FeedFact> sink) {
        for (int from = 0; from < ids.size(); from += KnowledgeReader.BATCH) {
            batch(handle, ids.subList(from, Math.min(ids.size(), from + KnowledgeReader.BATCH))).forEach(sink);
        }
    }

    public Optional<FeedFact> fact(long id) {
        return facts(List.of(id)).stream().findFirst();
    }

    /** The ids of the knowledge facts about an entity, rejected ones included. */
    public List<Long> factsAbout(long entity) {
        return briefly(handle -> handle.createQuery("""
                SELECT DISTINCT f.kb_fact_id FROM fact_arguments a JOIN facts f ON f.id = a.fact_id
                WHERE a.resolved_id = :entity AND f.kb_fact_id IS NOT NULL ORDER BY f.kb_fact_id""")
                .bind("entity", entity).mapTo(Long.class).list());
    }

    public void documents(Consumer<FeedDocument> sink) {
        documentsAfter(0, sink);
    }

    /** The documents with ids above {@code document}: those ingested since a state that had it as its newest. */
    public void documentsAfter(long document, Consumer<FeedDocument> sink) {
        jdbi.useHandle(handle -> handle.createQuery(DOCUMENTS).bind("after", document)
                .map((row, ctx) -> document(row)).forEach(sink));
    }

    /** The knowledge facts that documents with ids above {@code document} state. */
    public List<Long> factsStatedAfter(long document) {
        return briefly(handle -> handle.createQuery("""
                SELECT DISTINCT kb_fact_id FROM facts WHERE document_id > :after AND kb_fact_id IS NOT NULL
                ORDER BY kb_fact_id""")
                .bind("after", document).mapTo(Long.class).list());
    }

    /** The entities that documents with ids above {@code document} name, and those created since {@code entity}. */
    public List<Long> entitiesNamedAfter(long document, long entity) {
        return briefly(handle -> handle.createQuery("""
                SELECT a.resolved_id FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
                WHERE f.document_id > :after AND a.resolved_id IS NOT NULL
                UNION SELECT id FROM kb_entities WHERE id > :entity""")
                .bind("after", document).bind("entity", entity).mapTo(Long.class).list());
    }

    /** The audit-log entries after the one with id {@code after}, oldest first. */
    public List<AuditEntry> auditAfter(long after) {
        return briefly(handle -> handle.createQuery("""
                SELECT id, at, user_name, operation, target, before, after FROM audit_log WHERE id > :after ORDER BY id""")
                .bind("after", after)
                .map((r, ctx) -> new AuditEntry(r.getLong("id"), r.getString("at"), r.getString("user_name"),
                        r.getString("operation"), r.getString("target"), r.getString("before"), r.getString("after")))
                .list());
    }

    /** A batch of facts with the entities of each, in a few statements. */
    private static List<FeedFact> batch(Handle handle, List<Long> ids) {
        List<KnowledgeFact> facts = KnowledgeReader.findAll(handle, ids);
        if (facts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> entities = pairs(handle.createQuery(FACT_ENTITIES), ids);
        return facts.stream().map(fact -> new FeedFact(fact, entities.getOrDefault(fact.id(), List.of()))).toList();
    }

    /** The second column of a query's rows grouped by the first, in the query's order. */
    private static Map<Long, List<Long>> pairs(Query query, List<Long> ids) {
        Map<Long, List<Long>> grouped = new HashMap<>();
        query.bindList("ids", ids)
                .map((row, ctx) -> Map.entry(row.getLong(1), row.getLong(2)))
                .forEach(pair -> grouped.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue()));
        return grouped;
    }

    private static FeedEntity entity(ResultSet row) throws SQLException {
        return new FeedEntity(row.getLong("id"), Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(),
                row.getString("name"), read(row.getString("aliases"), NAMES),
                Optional.ofNullable(row.getString("level")).flatMap(code -> Coded.fromCode(Level.class, code)),
                optionalId(row, "parent_id"), optionalId(row, "governs_id"),
                Optional.ofNullable(row.getString("reference_id")));
    }

    private static FeedDocument document(ResultSet row) throws SQLException {
        return new FeedDocument(row.getLong("id"), row.getString("name"), row.getString("source"), row.getString("text"),
                Optional.ofNullable(row.getString("document_date")),
                ids(row.getString("entities")), Provenance.read(row));
    }

    private static Optional<Long> optionalId(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static List<Long> ids(String json) {
        return read(json, IDS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SQLite returned JSON that is not JSON: " + json, e);
        }
    }
}
