package org.tsunagu.store.watch;

import java.time.Instant;

/**
 * A knowledge fact in a watchlist: what it says, the sentence that says it, and when the first
 * document that reports it was ingested.
 */
public record WatchedFact(long id, String type, String summary, String sentence, Instant firstIngested) {
}
