package org.tsunagu.web.watch;

import java.time.Instant;

/**
 * Something new in a watchlist: a fact (its summary, and the sentence that says it) or a
 * document a saved search finds, with its page and when it was ingested.
 */
record WatchItem(String title, String summary, String path, Instant at) {
}
