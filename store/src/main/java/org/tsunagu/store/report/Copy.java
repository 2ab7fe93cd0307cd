package org.tsunagu.store.report;

/** A document that re-publishes a report another document of the store also carries: its name and where it came from. */
public record Copy(long document, String name, String source) {
}
