package org.tsunagu.store.feed;

import java.util.List;
import org.tsunagu.store.knowledge.KnowledgeFact;

/** A knowledge fact with the ids of the canonical entities it is about and of the documents reporting it. */
public record FeedFact(KnowledgeFact fact, List<Long> entities, List<Long> documents) {

    public FeedFact {
        entities = List.copyOf(entities);
        documents = List.copyOf(documents);
    }
}
