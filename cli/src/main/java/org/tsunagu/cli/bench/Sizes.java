package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.tsunagu.search.SearchIndex;

/** Bytes on disk of a SQLite database (with its write-ahead log) and of its search index; empty for a server database. */
record Sizes(OptionalLong database, OptionalLong index) {

    static Sizes of(String location) {
        if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
            return new Sizes(OptionalLong.empty(), OptionalLong.empty());
        }
        Path file = Path.of(location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location);
        long database = size(file) + size(file.resolveSibling(file.getFileName() + "-wal"));
        return new Sizes(OptionalLong.of(database), OptionalLong.of(size(SearchIndex.folderOf(file))));
    }

    String databaseText() {
        return megabytes(database);
    }

    String indexText() {
        return megabytes(index);
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%.0f MB", bytes.getAsLong() / 1e6) : "n/a";
    }

    private static long size(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + path, e);
        }
    }
}
