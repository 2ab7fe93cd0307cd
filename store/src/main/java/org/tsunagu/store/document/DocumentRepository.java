package org.tsunagu.store.document;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;

/** The documents table: one row per distinct normalised text. */
public final class DocumentRepository {

    private DocumentRepository() {
    }

    public static boolean contains(Handle handle, String contentHash) {
        return handle.createQuery("SELECT COUNT(*) FROM documents WHERE content_hash = :hash")
                .bind("hash", contentHash)
                .mapTo(Long.class)
                .one() > 0;
    }

    /**
     * Inserts the document, its text hashing to {@code contentHash}, and returns its id; the
     * caller holds the write transaction.
     */
    public static long insert(Handle handle, Extraction extraction, String contentHash, Instant ingestedAt) {
        Document document = extraction.document();
        long id = handle.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM documents").mapTo(Long.class).one();
        handle.createUpdate("""
                INSERT INTO documents (id, content_hash, name, source, text, published, document_date, ingested_at)
                VALUES (:id, :hash, :name, :source, :text, :published, :documentDate, :ingestedAt)""")
                .bind("id", id)
                .bind("hash", contentHash)
                .bind("name", document.name())
                .bind("source", document.source())
                .bind("text", document.text())
                .bind("published", document.published().map(PartialDate::toString).orElse(null))
                .bind("documentDate", extraction.documentDate().map(PartialDate::toString).orElse(null))
                .bind("ingestedAt", ingestedAt.toString())
                .execute();
        return id;
    }

    public static long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM documents").mapTo(Long.class).one();
    }
}
