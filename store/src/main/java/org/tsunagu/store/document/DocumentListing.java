package org.tsunagu.store.document;

import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/**
 * A stored document as a list shows it: its name, who published it and when, the article's own
 * date, and how many statements were read from it.
 */
public record DocumentListing(long id, String name, String source, DocumentInfo info,
        Optional<String> documentDate, String ingestedAt, long statements) {

    /** The publication date the file gave, as ISO 8601. */
    public Optional<String> published() {
        return info.published().map(PartialDate::toString);
    }
}
