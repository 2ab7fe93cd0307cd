package org.tsunagu.store.document;

import java.util.List;

/** A document with its text and every statement read from it, in the order of the text. */
public record StoredDocument(DocumentListing listing, String text, List<Statement> statements) {

    public StoredDocument {
        statements = List.copyOf(statements);
    }
}
