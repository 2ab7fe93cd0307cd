package org.tsunagu.store.document;

import org.tsunagu.model.document.Span;

/**
 * Where a statement's argument is mentioned in its document, and the canonical entity it was
 * resolved to ({@code entity} 0 and the document's own name when it was not resolved).
 */
public record Mention(String role, int position, long entity, String name, Span span) {
}
