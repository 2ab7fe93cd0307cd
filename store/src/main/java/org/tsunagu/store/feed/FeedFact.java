package org.tsunagu.store.feed;

import java.util.List;
import org.tsunagu.store.knowledge.KnowledgeFact;

/** A knowledge fact with the ids of the canonical entities it is about. */
public record FeedFact(KnowledgeFact fact, List<Long> entities) {

    public FeedFact {
        entities = List.copyOf(entities);
    }
}
