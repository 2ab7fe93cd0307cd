package org.tsunagu.store.feed;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;

/** A stored document with the canonical entities its facts are about, and who published it. */
public record FeedDocument(long id, String name, String source, String text, Optional<String> documentDate,
        List<Long> entities, DocumentInfo info) {

    public FeedDocument {
        entities = List.copyOf(entities);
    }
}
