package org.tsunagu.extraction;

import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;

/**
 * Reads the cooperation facts of one document. Implementations are thread-safe and keep no
 * per-document state, so one instance serves a whole corpus, and two implementations can be
 * compared with the same scorer.
 */
public interface Extractor {

    Extraction extract(Document document);
}
