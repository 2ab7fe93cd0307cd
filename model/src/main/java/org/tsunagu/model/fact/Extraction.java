package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.time.PartialDate;

/**
 * What an extractor read from one document: the facts, the document's own date (from its
 * dateline or metadata) against which relative dates were resolved, and the interests its
 * places and organisations state (none from extractors that do not read them).
 */
public record Extraction(Document document, Optional<PartialDate> documentDate, List<Fact> facts,
        List<StatedInterest> interests) {

    public Extraction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentDate, "documentDate");
        facts = List.copyOf(facts);
        interests = List.copyOf(interests);
    }

    public Extraction(Document document, Optional<PartialDate> documentDate, List<Fact> facts) {
        this(document, documentDate, facts, List.of());
    }

    public <T extends Fact> List<T> factsOf(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
