package org.tsunagu.store.watch;

import java.time.Instant;

/** A document a saved search finds: its headline (or file name) and when it was ingested. */
public record WatchedDocument(long id, String title, Instant ingestedAt) {
}
