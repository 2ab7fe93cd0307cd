package org.tsunagu.store.document;

import java.util.Optional;

/** A stored document as a list shows it: its name and dates, and how many statements were read from it. */
public record DocumentListing(long id, String name, String source, Optional<String> published,
        Optional<String> documentDate, String ingestedAt, long statements) {
}
