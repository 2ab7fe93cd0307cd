package org.tsunagu.ingest.source;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.time.PartialDate;

/** What a format reader got out of a file, before it becomes a named {@code Document}. */
record Extracted(String text, Optional<PartialDate> published, List<String> warnings) {

    Extracted {
        published = published == null ? Optional.empty() : published;
        warnings = List.copyOf(warnings);
    }
}
