package org.tsunagu.ingest;

import java.nio.file.Path;

/** Hears how an ingest goes, document by document, so a command can draw progress and errors. */
public interface IngestListener {

    IngestListener SILENT = new IngestListener() {
    };

    /** Called once, before the first document, with the number of files to read. */
    default void started(long files) {
    }

    /** Called after each file, whatever became of it. */
    default void advanced(long done, long files) {
    }

    default void failed(Path file, String reason) {
    }

    default void warned(Path file, String warning) {
    }
}
