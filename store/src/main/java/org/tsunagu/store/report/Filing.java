package org.tsunagu.store.report;

/**
 * The report a newly stored document was filed under, by the content hash that names it, and
 * whether the document is a copy of one stored before (else it starts the report).
 */
public record Filing(String report, boolean copy) {
}
