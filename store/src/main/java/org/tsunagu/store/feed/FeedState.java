package org.tsunagu.store.feed;

import java.util.Optional;

/**
 * Which state of the store a projection reflects: the newest ids of documents, entities,
 * knowledge facts and audit-log entries, and when the newest document was ingested (so a
 * database deleted and ingested again does not pass for the old one). Rows are only deleted by
 * ingest and by curation, which each add a document or an audit entry, so two equal states mean
 * the same data. Read with a few index look-ups: cheap enough to ask on every request.
 */
public record FeedState(long document, String ingestedAt, long entity, long fact, long audit) {

    private static final String SEPARATOR = "|";

    /** One line of text, as a projection stores it beside its data. */
    public String encoded() {
        return String.join(SEPARATOR, String.valueOf(document), ingestedAt, String.valueOf(entity),
                String.valueOf(fact), String.valueOf(audit));
    }

    /** Empty for text that is not an encoded state (a projection written by another version). */
    public static Optional<FeedState> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FeedState(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]), Long.parseLong(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True when only ingest moved the store since {@code older}: documents were added and nobody
     * changed anything (people's changes, merges included, each add an audit entry). The documents
     * added since, the facts they state and the entities they name are then all that changed.
     */
    public boolean onlyIngestedSince(FeedState older) {
        return audit == older.audit && document > older.document && entity >= older.entity && fact >= older.fact;
    }

    /** True when only the audit log moved since {@code older}: people changed things, nothing was ingested or added. */
    public boolean onlyAuditedSince(FeedState older) {
        return document == older.document && ingestedAt.equals(older.ingestedAt) && entity == older.entity
                && fact == older.fact && audit != older.audit;
    }
}
