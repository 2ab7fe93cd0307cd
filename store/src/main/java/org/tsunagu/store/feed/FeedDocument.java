package org.tsunagu.store.feed;

import java.util.List;
import java.util.Optional;

/** A stored document with the canonical entities its facts are about. */
public record FeedDocument(long id, String name, String source, String text, Optional<String> published,
        Optional<String> documentDate, List<Long> entities) {

    public FeedDocument {
        entities = List.copyOf(entities);
    }
}
