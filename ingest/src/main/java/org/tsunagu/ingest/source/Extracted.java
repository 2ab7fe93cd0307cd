package org.tsunagu.ingest.source;

import java.util.List;
import java.util.Objects;
import org.tsunagu.model.document.DocumentInfo;

/**
 * What a format reader got out of a file, before it becomes a named {@code Document}: the text,
 * what the file's own metadata says of who published it and when, and what was guessed on the way.
 */
record Extracted(String text, DocumentInfo info, List<String> warnings) {

    Extracted {
        Objects.requireNonNull(info, "info");
        warnings = List.copyOf(warnings);
    }
}
