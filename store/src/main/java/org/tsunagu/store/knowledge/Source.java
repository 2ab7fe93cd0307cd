package org.tsunagu.store.knowledge;

import org.tsunagu.model.document.DocumentInfo;

/**
 * One document's report of a knowledge fact: the sentence it was read from, how sure the reading
 * was, and who published the document and when ({@code publication}'s date is the article's own
 * date when its file gives none).
 */
public record Source(long statement, String document, String sentence, double confidence, DocumentInfo publication) {
}
