package org.tsunagu.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tsunagu.store.Database;

/**
 * A real SQLite file in a fresh temporary folder for each test, opened before and closed and
 * deleted after it. Register with {@code @RegisterExtension}.
 */
public final class TemporaryDatabase implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private Database database;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("tsunagu-store-");
        database = Database.open(file().toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        database.close();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(TemporaryDatabase::delete);
        }
    }

    public Database database() {
        return database;
    }

    public Path file() {
        return folder.resolve("tsunagu.db");
    }

    public String jdbcUrl() {
        return "jdbc:sqlite:" + file();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
