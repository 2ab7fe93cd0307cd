package org.tsunagu.ingest.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One place the walk found: a file to read in its format, or a path already known to give no
 * document (missing, unsupported, a folder that cannot be listed). Exactly one of
 * {@code format} and {@code problem} is set.
 */
record Candidate(Path path, Format format, String problem) {

    Candidate {
        Objects.requireNonNull(path, "path");
        if ((format == null) == (problem == null)) {
            throw new IllegalArgumentException("a candidate has a format or a problem, not both");
        }
    }

    static Candidate file(Path path, Format format) {
        return new Candidate(path, format, null);
    }

    static Candidate problem(Path path, String problem) {
        return new Candidate(path, null, problem);
    }

    boolean isFile() {
        return format != null;
    }
}
