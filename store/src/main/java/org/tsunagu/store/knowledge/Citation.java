package org.tsunagu.store.knowledge;

import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.document.Span;

/**
 * Where a statement was read: the document and the character offsets of its sentence and of the
 * words that state the fact, enough to link to the spot in the document, and who published the
 * document and when.
 */
public record Citation(long statement, long document, String documentName, String sentence, Span sentenceSpan,
        Span trigger, DocumentInfo publication) {
}
