package org.tsunagu.store;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A failure of the whole store rather than of one document: the disk is full, the file is
 * read-only, damaged or not a database, the PostgreSQL server cannot be reached. Retrying with the next document would fail the same way,
 * so whoever stores many documents stops at the first, with one line naming the cause.
 */
public final class StoreFailure extends RuntimeException {

    private StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure as a store-wide one when SQLite's code says so, else the failure itself. */
    static RuntimeException ifStoreWide(RuntimeException failure) {
        if (failure instanceof StoreFailure) {
            return failure;
        }
        return cause(failure).<RuntimeException>map(reason -> new StoreFailure(reason, failure)).orElse(failure);
    }

    private static Optional<String> cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return reason(sqlite.getResultCode().code & 0xFF);
            }
            if (t instanceof PSQLException postgresql && unreachable(postgresql.getSQLState())) {
                // The driver's message names the host, port, user or database, never the password.
                return Optional.of("cannot connect to the PostgreSQL database: " + postgresql.getMessage());
            }
        }
        return Optional.empty();
    }

    /** No connection (class 08), refused credentials (28) or no such database (3D000). */
    private static boolean unreachable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("28") || sqlState.equals("3D000"));
    }

    private static Optional<String> reason(int primaryCode) {
        if (primaryCode == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of("the database cannot grow: the disk (or its quota) is full");
        }
        if (primaryCode == SQLiteErrorCode.SQLITE_READONLY.code) {
            return Optional.of("the database is read-only: check the file's and its folder's permissions");
        }
        if (primaryCode == SQLiteErrorCode.SQLITE_CORRUPT.code || primaryCode == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Optional.of("the database file is damaged or not a SQLite database");
        }
        if (primaryCode == SQLiteErrorCode.SQLITE_IOERR.code) {
            return Optional.of("the database file cannot be read or written (input/output error)");
        }
        if (primaryCode == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            // a read-only folder, or a file the user may not write, keeps SQLite from opening its journal beside it
            return Optional.of("the database file cannot be opened for writing: check the file's and its folder's permissions");
        }
        return Optional.empty();
    }
}
