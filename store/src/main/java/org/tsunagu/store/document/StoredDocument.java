package org.tsunagu.store.document;

import java.util.List;
import org.tsunagu.store.report.Copy;

/**
 * A document with its text and every statement read from it, in the order of the text, and the
 * other documents that published the same report ({@code alsoPublishedBy}).
 */
public record StoredDocument(DocumentListing listing, String text, List<Statement> statements,
        List<Copy> alsoPublishedBy) {

    public StoredDocument {
        statements = List.copyOf(statements);
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
    }
}
