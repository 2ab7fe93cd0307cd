package org.tsunagu.store.feed;

/** How many records a full read of the feed yields: for progress reports. */
public record FeedSize(long entities, long facts, long documents) {

    public long total() {
        return entities + facts + documents;
    }
}
