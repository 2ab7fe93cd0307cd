package org.tsunagu.store.document;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.internal.JdbcStatements;

/** The documents table: one row per distinct normalised text. */
public final class DocumentRepository {

    private static final String CONTAINS = "SELECT COUNT(*) FROM documents WHERE content_hash = ?";
    private static final String WITH_HASH = "SELECT id FROM documents WHERE content_hash = ?";
    private static final String INSERT = """
            INSERT INTO documents (id, content_hash, name, source, text, published, document_date, ingested_at,
                                   title, outlet, url, language)
            VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";

    private DocumentRepository() {
    }

    public static boolean contains(Handle handle, String contentHash) {
        return handle.createQuery(CONTAINS).bind(0, contentHash).mapTo(Long.class).one() > 0;
    }

    /** The id of the document whose normalised text hashes to {@code contentHash}. */
    public static Optional<Long> withHash(Handle handle, String contentHash) {
        return handle.createQuery(WITH_HASH).bind(0, contentHash).mapTo(Long.class).findOne();
    }

    /** The same question inside the write transaction. */
    public static boolean contains(JdbcStatements statements, String contentHash) {
        return statements.oneLong(CONTAINS, contentHash) > 0;
    }

    /**
     * Inserts the document, its text hashing to {@code contentHash}, and returns its id; the
     * caller holds the write transaction.
     */
    public static long insert(JdbcStatements statements, Extraction extraction, String contentHash,
            Instant ingestedAt) {
        Document document = extraction.document();
        return statements.oneLong(INSERT, contentHash, document.name(), document.source(), document.text(),
                document.published().map(PartialDate::toString).orElse(null),
                extraction.documentDate().map(PartialDate::toString).orElse(null), ingestedAt.toString(),
                document.info().title().orElse(null), document.info().outlet().orElse(null),
                document.info().url().orElse(null), document.info().language().orElse(null));
    }

    public static long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM documents").mapTo(Long.class).one();
    }
}
