package org.tsunagu.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tsunagu.store.Database;

/**
 * A fresh database for each test, opened before and closed and deleted after it: a real SQLite
 * file in a temporary folder, or, when the system property {@value #BACKEND} is
 * {@code postgresql} (the store's second test run sets it), a new store on a real PostgreSQL
 * server ({@link TestPostgresql}). Register with {@code @RegisterExtension}.
 */
public final class TemporaryDatabase implements BeforeEachCallback, AfterEachCallback {

    public static final String BACKEND = "tsunagu.test.database";

    private Path folder;
    private Database database;
    private final List<String> postgresqlDatabases = new ArrayList<>();

    /** True when the tests of this run store into PostgreSQL. */
    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty(BACKEND));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("tsunagu-store-");
        database = Database.open(onPostgresql() ? newPostgresqlDatabase() : file().toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (folder == null) {
            // An extension registered before this one aborted the test, so this one never began.
            return;
        }
        if (database != null) {
            database.close();
        }
        postgresqlDatabases.forEach(TestPostgresql::dropStore);
        postgresqlDatabases.clear();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(TemporaryDatabase::delete);
        }
    }

    public Database database() {
        return database;
    }

    /** The SQLite file; only for tests of SQLite's own behaviour (files, locks, permissions), skipped on PostgreSQL. */
    public Path file() {
        if (onPostgresql()) {
            Assumptions.abort("a test of a SQLite file: not for the PostgreSQL run");
        }
        return folder.resolve("tsunagu.db");
    }

    /** What {@code --db} would say for this test's database. */
    public String location() {
        return onPostgresql() ? postgresqlDatabases.get(0) : file().toString();
    }

    public String jdbcUrl() {
        return onPostgresql() ? postgresqlDatabases.get(0) : "jdbc:sqlite:" + file();
    }

    /**
     * Another fresh database of the same kind, deleted after the test; {@code name} tells it from
     * the others of this test.
     */
    public String anotherLocation(String name) {
        return onPostgresql() ? newPostgresqlDatabase() : folder.resolve(name + ".db").toString();
    }

    private String newPostgresqlDatabase() {
        String url = TestPostgresql.createStore();
        postgresqlDatabases.add(url);
        return url;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
