package org.tsunagu.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Thrown inside this package when a file cannot give a document; it never leaves the package,
 * where it becomes a {@link ReadResult.Unreadable}. An exception rather than a return value
 * because the reason is often found several calls deep (decoding, parsing) and each caller would
 * otherwise pass it up by hand.
 */
final class UnreadableFile extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableFile(String reason) {
        // No stack trace: this is an expected outcome for thousands of files, not a bug.
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }

    /** The part of an I/O failure a user can act on, without the path (the result names it). */
    static String reasonFor(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
