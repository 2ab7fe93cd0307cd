package org.tsunagu.store.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.entity.EntityRepository;
import org.tsunagu.store.entity.EntityRepository.EntityIds;
import org.tsunagu.store.internal.JdbcStatements;
import org.tsunagu.store.resolution.WriterCache;
import org.tsunagu.store.text.Folding;

/** The facts of stored documents, with their arguments and evidence. */
public final class FactRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    // A null :type or :pattern leaves that condition out, so one statement serves every query.
    private static final String MATCHING = """
            WHERE (:type IS NULL OR f.type = :type)
              AND (:pattern IS NULL OR f.search_text LIKE :pattern ESCAPE '\\')
            """;
    private static final String FIND = """
            SELECT f.id, f.type, f.summary, f.payload, f.confidence, d.name, e.sentence
            FROM facts f
            JOIN documents d ON d.id = f.document_id
            JOIN evidence e ON e.fact_id = f.id
            """ + MATCHING + "ORDER BY f.id DESC LIMIT :limit OFFSET :offset";
    // Every fact has its one document and one evidence row, so counting needs no join.
    private static final String COUNT = "SELECT COUNT(*) FROM facts f " + MATCHING;
    private static final String INSERT_FACT = """
            INSERT INTO facts (id, document_id, type, payload, confidence, summary, search_text, kb_fact_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ARGUMENT = """
            INSERT INTO fact_arguments (fact_id, role, position, entity_id, mention_start, mention_end, resolved_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVIDENCE = """
            INSERT INTO evidence (fact_id, document_id, sentence_index, sentence_start, sentence_end,
                                  trigger_start, trigger_end, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private FactRepository() {
    }

    /**
     * Inserts the facts of one document, their arguments (creating entities as needed) and
     * evidence, in batches. The caller holds the write transaction, and discards the statements'
     * rows if this fails.
     */
    public static void insert(JdbcStatements statements, long documentId, FactRows facts,
            Map<EntityRef, Long> resolved, List<Long> knowledgeFacts, WriterCache cache) {
        EntityIds entities = EntityRepository.resolve(statements, facts.foldedNames(), cache);
        long next = statements.oneLong("SELECT COALESCE(MAX(id), 0) + 1 FROM facts");
        List<FactRows.Row> rows = facts.rows();
        for (int i = 0; i < rows.size(); i++) {
            FactRows.Row row = rows.get(i);
            long id = next++;
            Fact fact = row.fact();
            statements.add(INSERT_FACT, id, documentId, fact.type().code(), row.payload(), fact.confidence(),
                    row.summary(), row.searchText(), knowledgeFacts.get(i));
            for (Argument argument : row.arguments()) {
                EntityRef entity = argument.entity();
                statements.add(INSERT_ARGUMENT, id, argument.role(), argument.position(), entities.idOf(entity),
                        entity.span().start(), entity.span().end(), resolved.get(entity));
            }
            Evidence evidence = fact.evidence();
            statements.add(INSERT_EVIDENCE, id, documentId, evidence.sentenceIndex(), evidence.sentence().start(),
                    evidence.sentence().end(), evidence.trigger().start(), evidence.trigger().end(), row.sentence());
        }
        // Facts first: arguments and evidence refer to them.
        statements.flush(INSERT_FACT);
        statements.flush(INSERT_ARGUMENT);
        statements.flush(INSERT_EVIDENCE);
    }

    /** A page of the facts {@code query} asks for, {@code total} of them in all (see {@link #count(Handle, FactQuery)}). */
    public static Page<StoredFact> find(Handle handle, FactQuery query, long total) {
        String type = query.type().map(FactType::code).orElse(null);
        String pattern = query.text().map(FactRepository::containing).orElse(null);
        List<StoredFact> items = handle.createQuery(FIND)
                .bind("type", type).bind("pattern", pattern)
                .bind("limit", query.limit()).bind("offset", query.offset())
                .map(FactRepository::storedFact)
                .list();
        return new Page<>(total, items);
    }

    /** How many facts {@code query} matches, all pages together. */
    public static long count(Handle handle, FactQuery query) {
        return count(handle, query.type().map(FactType::code).orElse(null),
                query.text().map(FactRepository::containing).orElse(null));
    }

    /**
     * Without words to match, the count is read from an index: conditions on parameters ("? IS
     * NULL OR ...") keep SQLite from using one, and reading all 100,000 facts took most of the
     * home page's time.
     */
    private static long count(Handle handle, String type, String pattern) {
        if (pattern != null) {
            return handle.createQuery(COUNT).bind("type", type).bind("pattern", pattern).mapTo(Long.class).one();
        }
        if (type != null) {
            return handle.createQuery("SELECT COUNT(*) FROM facts WHERE type = :type").bind("type", type)
                    .mapTo(Long.class).one();
        }
        return count(handle);
    }

    /** A LIKE pattern for the folded text anywhere, its own % and _ taken literally. */
    static String containing(String text) {
        String literal = Folding.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    private static StoredFact storedFact(ResultSet row, StatementContext context) throws SQLException {
        return new StoredFact(row.getLong("id"), factType(row.getString("type")), row.getString("summary"),
                fact(row.getString("payload")), row.getString("name"), row.getString("sentence"),
                row.getDouble("confidence"));
    }

    private static Fact fact(String payload) {
        try {
            return FactJson.read(JSON.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fact payload is not JSON: " + payload, e);
        }
    }

    private static FactType factType(String code) {
        return Coded.fromCode(FactType.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown fact type in the store: " + code));
    }

    public static long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM facts").mapTo(Long.class).one();
    }

    public static Map<FactType, Long> countByType(Handle handle) {
        Map<FactType, Long> counts = new EnumMap<>(FactType.class);
        handle.createQuery("SELECT type, COUNT(*) AS n FROM facts GROUP BY type")
                .map((row, context) -> Map.entry(factType(row.getString("type")), row.getLong("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }
}
