package org.tsunagu.store.document;

import java.util.List;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.fact.FactType;

/**
 * One fact as one document states it, with the offsets of its sentence and trigger in the
 * document's text, its arguments' mentions, and the knowledge fact it reports.
 */
public record Statement(long id, long knowledgeFact, FactType type, String summary, double confidence, Span sentence,
        Span trigger, List<Mention> mentions) {

    public Statement {
        mentions = List.copyOf(mentions);
    }
}
