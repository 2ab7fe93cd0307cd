package org.tsunagu.ingest.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Walks the paths a user gave, depth first, each folder's entries in file-name order so that two
 * runs over the same folders read (and number, and report) files in the same order. Only one
 * folder's listing per level is held at a time, never the whole tree.
 *
 * <p>Inside folders, files of other types are skipped without a word (folders of articles hold
 * images and notes too), as are hidden entries: {@code .git}, and the {@code ._name.txt} files
 * macOS leaves beside copied files, which are binary. A path named by the user is always
 * reported on, whatever it is.
 */
final class FileWalk implements Iterator<Candidate> {

    private static final Comparator<Path> BY_NAME = Comparator.comparing(path -> path.getFileName().toString());

    private record Listing(Path realPath, Iterator<Path> entries) {
    }

    private final Iterator<Path> roots;
    private final Deque<Listing> open = new ArrayDeque<>();
    private Candidate next;

    FileWalk(List<Path> roots) {
        this.roots = List.copyOf(roots).iterator();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Candidate next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Candidate found = next;
        next = null;
        return found;
    }

    private Candidate advance() {
        while (true) {
            Optional<Candidate> found;
            if (!open.isEmpty()) {
                Listing folder = open.peek();
                if (!folder.entries().hasNext()) {
                    open.pop();
                    continue;
                }
                found = entry(folder.entries().next());
            } else if (roots.hasNext()) {
                found = root(roots.next());
            } else {
                return null;
            }
            if (found.isPresent()) {
                return found.get();
            }
        }
    }

    private Optional<Candidate> root(Path path) {
        if (Files.isDirectory(path)) {
            return enter(path);
        }
        if (!Files.exists(path)) {
            return Optional.of(Candidate.problem(path, "no such file or folder"));
        }
        Optional<Format> format = Format.of(path);
        if (format.isEmpty()) {
            String extension = Format.extension(path);
            return Optional.of(Candidate.problem(path, extension.isEmpty()
                    ? "unsupported file type (no extension)"
                    : "unsupported file type ." + extension));
        }
        return Optional.of(Candidate.file(path, format.get()));
    }

    private Optional<Candidate> entry(Path path) {
        if (path.getFileName().toString().startsWith(".")) {
            return Optional.empty();
        }
        if (Files.isDirectory(path)) {
            return enter(path);
        }
        return Format.of(path).map(format -> Candidate.file(path, format));
    }

    private Optional<Candidate> enter(Path folder) {
        List<Path> entries = new ArrayList<>();
        Path realPath;
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
            realPath = folder.toRealPath();
        } catch (IOException | RuntimeException e) {
            // DirectoryStream's iterator wraps I/O errors in DirectoryIteratorException.
            Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
            String reason = cause instanceof IOException
                    ? UnreadableFile.reasonFor((IOException) cause)
                    : String.valueOf(cause.getMessage());
            return Optional.of(Candidate.problem(folder, "folder cannot be listed: " + reason));
        }
        if (isOpen(realPath)) {
            // A link back to a folder being walked would repeat it forever; its files are read once.
            return Optional.empty();
        }
        entries.sort(BY_NAME);
        open.push(new Listing(realPath, entries.iterator()));
        return Optional.empty();
    }

    private boolean isOpen(Path realPath) {
        for (Listing listing : open) {
            if (listing.realPath().equals(realPath)) {
                return true;
            }
        }
        return false;
    }

    static long count(List<Path> roots) {
        FileWalk walk = new FileWalk(roots);
        long count = 0;
        while (walk.hasNext()) {
            walk.next();
            count++;
        }
        return count;
    }
}
