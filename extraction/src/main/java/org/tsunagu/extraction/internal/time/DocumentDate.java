package org.tsunagu.extraction.internal.time;

import java.util.Optional;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/** The document's own date, from its dateline or metadata, and where the dateline is in the text. */
public record DocumentDate(Optional<PartialDate> date, Optional<Span> dateline) {
}
