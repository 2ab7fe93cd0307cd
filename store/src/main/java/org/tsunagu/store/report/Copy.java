package org.tsunagu.store.report;

/** A document that publishes a report another stored document carries too: its name and where it came from. */
public record Copy(long document, String name, String source) {
}
