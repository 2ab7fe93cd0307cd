package org.tsunagu.store;

import java.util.Optional;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.fact.FactRows;
import org.tsunagu.store.report.TextSignature;
import org.tsunagu.store.resolution.DocumentMentions;

/**
 * An extraction with what storing it works out without the database: its text's hash, its facts'
 * rows, the keys its mentions are matched on, the signature that finds its copies. {@link Database#prepare} makes it on any thread, so
 * that ingest workers do this share of the storing and the one writing thread does the rest.
 */
public final class PreparedExtraction {

    private final Extraction extraction;
    private final String contentHash;
    private final FactRows facts;
    private final DocumentMentions mentions;
    private final Optional<TextSignature> signature;
    // A document whose rows cannot be made fails when it is saved, like one the database refuses.
    private final RuntimeException failure;

    private PreparedExtraction(Extraction extraction, String contentHash, FactRows facts, DocumentMentions mentions,
            Optional<TextSignature> signature, RuntimeException failure) {
        this.extraction = extraction;
        this.contentHash = contentHash;
        this.facts = facts;
        this.mentions = mentions;
        this.signature = signature;
        this.failure = failure;
    }

    static PreparedExtraction of(Extraction extraction) {
        String contentHash = extraction.document().contentHash();
        try {
            FactRows facts = FactRows.of(extraction.document(), extraction.facts());
            return new PreparedExtraction(extraction, contentHash, facts,
                    DocumentMentions.of(extraction.document(), contentHash, facts.mentions()),
                    TextSignature.of(extraction.document().text()), null);
        } catch (RuntimeException e) {
            return new PreparedExtraction(extraction, contentHash, null, null, Optional.empty(), e);
        }
    }

    public Extraction extraction() {
        return extraction;
    }

    String contentHash() {
        return contentHash;
    }

    FactRows facts() {
        throwIfFailed();
        return facts;
    }

    DocumentMentions mentions() {
        throwIfFailed();
        return mentions;
    }

    Optional<TextSignature> signature() {
        return signature;
    }

    private void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }
}
