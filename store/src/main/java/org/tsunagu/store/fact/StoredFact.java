package org.tsunagu.store.fact;

import java.util.Objects;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;

/** A fact as stored: its id, a one-line summary, the fact itself, and where it was read. */
public record StoredFact(long id, FactType type, String summary, Fact fact, String document, String sentence,
        double confidence) {

    public StoredFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
    }
}
