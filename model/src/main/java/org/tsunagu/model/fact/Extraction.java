package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.time.PartialDate;

/**
 * What an extractor read from one document: the facts, and the document's own date (from its
 * dateline or metadata) against which relative dates were resolved.
 */
public record Extraction(Document document, Optional<PartialDate> documentDate, List<Fact> facts) {

    public Extraction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentDate, "documentDate");
        facts = List.copyOf(facts);
    }

    public <T extends Fact> List<T> factsOf(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
