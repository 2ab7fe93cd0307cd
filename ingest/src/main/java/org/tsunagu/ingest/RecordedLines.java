package org.tsunagu.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.tsunagu.model.json.ExtractionJson;

/**
 * The extractions a Spark run wrote, as {@link Recorded}s: one per non-blank line of
 * {@link ExtractionJson}, read lazily, file by file in name order (Spark numbers its part files in
 * input order), each line's origin being its file and line number. Takes the run's output folder
 * (whose {@code documents/} holds the lines), that folder itself, or one JSON Lines file; in a
 * folder, names starting with {@code _} or {@code .} (Spark's markers and checksums) are skipped.
 */
public final class RecordedLines implements Iterable<Recorded> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Path> files;

    private RecordedLines(List<Path> files) {
        this.files = files;
    }

    /** @throws IllegalArgumentException when {@code location} is neither a file nor a folder */
    public static RecordedLines at(Path location) {
        Path documents = location.resolve("documents");
        Path folder = Files.isDirectory(documents) ? documents : location;
        if (Files.isRegularFile(folder)) {
            return new RecordedLines(List.of(folder));
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(location + ": no such file or folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return new RecordedLines(entries
                    .filter(path -> !path.getFileName().toString().startsWith("_")
                            && !path.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be listed", e);
        }
    }

    /** How many records iterating gives, for a progress bar: the non-blank lines. */
    public long count() {
        long count = 0;
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                count += lines.filter(line -> !line.isBlank()).count();
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot be read", e);
            }
        }
        return count;
    }

    @Override
    public Iterator<Recorded> iterator() {
        return new Lines(files.iterator());
    }

    private static Recorded record(Path origin, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return new Recorded.Extracted(origin, ExtractionJson.read(node));
        } catch (IOException | RuntimeException e) {
            return new Recorded.Unusable(origin, "not an extraction line (" + e.getMessage() + ")");
        }
    }

    /** Walks the files' lines, holding one file open at a time. */
    private static final class Lines implements Iterator<Recorded> {

        private final Iterator<Path> files;
        private Path file;
        private BufferedReader reader;
        private int lineNumber;
        private Recorded next;

        Lines(Iterator<Path> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Recorded next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Recorded found = next;
            next = null;
            return found;
        }

        private Recorded advance() {
            try {
                while (true) {
                    if (reader == null) {
                        if (!files.hasNext()) {
                            return null;
                        }
                        file = files.next();
                        reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        lineNumber = 0;
                    }
                    String line = reader.readLine();
                    if (line == null) {
                        reader.close();
                        reader = null;
                        continue;
                    }
                    lineNumber++;
                    if (!line.isBlank()) {
                        return record(Path.of(file + ":" + lineNumber), line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot be read", e);
            }
        }
    }
}
