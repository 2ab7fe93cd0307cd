package org.tsunagu.store;

/** The location names a database Tsunagu cannot store into (yet). */
public final class UnsupportedDatabaseException extends RuntimeException {

    UnsupportedDatabaseException(String message) {
        super(message);
    }
}
