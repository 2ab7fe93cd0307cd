package org.tsunagu.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/** Turns what a user typed after {@code --db} into a SQLite JDBC URL, or says why it cannot. */
final class SqliteLocation {

    private static final String SQLITE = "jdbc:sqlite:";

    private SqliteLocation() {
    }

    static String toUrl(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            throw new UnsupportedDatabaseException("Write a PostgreSQL database as a JDBC URL: "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD");
        }
        if (lower.startsWith(SQLITE)) {
            createParentOf(location.strip().substring(SQLITE.length()));
            return location.strip();
        }
        if (lower.startsWith("jdbc:")) {
            // Only the scheme is repeated: the rest of a URL may hold a password.
            String scheme = location.strip().split(":", 3)[1];
            throw new UnsupportedDatabaseException("Databases of kind '" + scheme
                    + "' are not supported; use a SQLite file path or a jdbc:postgresql: URL");
        }
        Path file = Path.of(location).toAbsolutePath();
        createParentOf(file.toString());
        return SQLITE + file;
    }

    /**
     * A new database file is created readable by its owner alone before SQLite opens it: it holds
     * password hashes, and SQLite gives its WAL and shared-memory files the same permissions.
     */
    private static void createOwnerOnly(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: SQLite creates the file with the system's defaults.
        } catch (FileAlreadyExistsException e) {
            // Created meanwhile by another process, with its own permissions.
        }
    }

    /** A plain file path in a SQLite URL gets its folders and an owner-only file; memory and file: URIs are left alone. */
    private static void createParentOf(String path) {
        int query = path.indexOf('?');
        String file = query < 0 ? path : path.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            createOwnerOnly(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the database " + file, e);
        }
    }
}
