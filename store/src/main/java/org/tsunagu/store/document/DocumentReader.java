package org.tsunagu.store.document;

import static org.tsunagu.store.document.Provenance.PROVENANCE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.tsunagu.model.Coded;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.report.Copy;

/** Reads stored documents: a page of them newest first, or one with its text and statements. */
public final class DocumentReader {

    private static final String LISTING = """
            SELECT d.id, d.name, d.source, d.document_date, d.ingested_at,
                   (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id) AS statements, """
            + PROVENANCE + " FROM documents d";
    private static final String PAGE = LISTING + " ORDER BY d.id DESC LIMIT :limit OFFSET :offset";
    private static final String ONE = LISTING + " WHERE d.id = :id";
    private static final String STATEMENTS = """
            SELECT f.id, f.kb_fact_id, f.type, f.summary, f.confidence,
                   e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end
            FROM facts f JOIN evidence e ON e.fact_id = f.id
            WHERE f.document_id = :id
            ORDER BY e.trigger_start, f.id""";
    private static final String MENTIONS = """
            SELECT a.fact_id, a.role, a.position, COALESCE(k.id, 0) AS entity, COALESCE(k.name, n.name) AS name,
                   a.mention_start, a.mention_end
            FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
            JOIN entities n ON n.id = a.entity_id
            LEFT JOIN kb_entities k ON k.id = a.resolved_id
            WHERE f.document_id = :id
            ORDER BY a.fact_id, a.role, a.position""";

    private static final String COPIES = """
            SELECT id, name, source, outlet FROM documents
            WHERE report = (SELECT report FROM documents WHERE id = :id) AND id <> :id
            ORDER BY name, source, id""";

    private DocumentReader() {
    }

    public static Page<DocumentListing> find(Handle handle, int limit, int offset) {
        long total = DocumentRepository.count(handle);
        List<DocumentListing> items = handle.createQuery(PAGE).bind("limit", limit).bind("offset", offset)
                .map(DocumentReader::listing).list();
        return new Page<>(total, items);
    }

    /** The document a statement was read from. */
    public static Optional<Long> documentOf(Handle handle, long statement) {
        return handle.createQuery("SELECT document_id FROM facts WHERE id = :id").bind("id", statement)
                .mapTo(Long.class).findOne();
    }

    public static Optional<StoredDocument> find(Handle handle, long id) {
        return handle.createQuery(ONE).bind("id", id).map(DocumentReader::listing).findOne().map(listing -> {
            String text = handle.createQuery("SELECT text FROM documents WHERE id = :id").bind("id", id)
                    .mapTo(String.class).one();
            return new StoredDocument(listing, text, statements(handle, id), copies(handle, id));
        });
    }

    private static List<Copy> copies(Handle handle, long document) {
        return handle.createQuery(COPIES).bind("id", document)
                .map((r, ctx) -> new Copy(r.getLong("id"), r.getString("name"), r.getString("source"),
                        Optional.ofNullable(r.getString("outlet")))).list();
    }

    private static List<Statement> statements(Handle handle, long document) {
        Map<Long, List<Mention>> mentions = new HashMap<>();
        handle.createQuery(MENTIONS).bind("id", document)
                .map((r, ctx) -> Map.entry(r.getLong("fact_id"), new Mention(r.getString("role"), r.getInt("position"),
                        r.getLong("entity"), r.getString("name"),
                        new Span(r.getInt("mention_start"), r.getInt("mention_end")))))
                .forEach(e -> mentions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery(STATEMENTS).bind("id", document)
                .map((r, ctx) -> new Statement(r.getLong("id"), r.getLong("kb_fact_id"),
                        Coded.fromCode(FactType.class, r.getString("type")).orElseThrow(), r.getString("summary"),
                        r.getDouble("confidence"), new Span(r.getInt("sentence_start"), r.getInt("sentence_end")),
                        new Span(r.getInt("trigger_start"), r.getInt("trigger_end")),
                        mentions.getOrDefault(r.getLong("id"), List.of())))
                .list();
    }

    private static DocumentListing listing(ResultSet row, StatementContext context) throws SQLException {
        return new DocumentListing(row.getLong("id"), row.getString("name"), row.getString("source"),
                Provenance.read(row), Optional.ofNullable(row.getString("document_date")),
                row.getString("ingested_at"), row.getLong("statements"));
    }
}
