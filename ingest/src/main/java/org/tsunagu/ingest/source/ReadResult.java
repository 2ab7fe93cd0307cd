package org.tsunagu.ingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tsunagu.model.document.Document;

/**
 * What became of one file: its {@link Document}, or the reason it could not be read. Every file
 * the caller named, and every supported file in a folder the caller named, gives exactly one.
 */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Unreadable {

    /** The file (or folder) as it was given or found under a given folder. */
    Path path();

    /** One line for a log or a report, naming the file. */
    String describe();

    /**
     * A file read into a document. Warnings say what was guessed on the way (an encoding that
     * was not UTF-8, bytes replaced) so that a reviewer can look at the file when the text seems
     * wrong; they do not make the document less usable.
     */
    record Read(Path path, Document document, List<String> warnings) implements ReadResult {

        public Read {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(document, "document");
            warnings = List.copyOf(warnings);
        }

        @Override
        public String describe() {
            return warnings.isEmpty() ? path + ": read" : path + ": read; " + String.join("; ", warnings);
        }
    }

    /** A file, or a folder, that gave no document, and why, in words a user can act on. */
    record Unreadable(Path path, String reason) implements ReadResult {

        public Unreadable {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return path + ": " + reason;
        }
    }
}
