package org.tsunagu.search;

/** A search asked for something that cannot be searched: an unknown facet or value, a limit out of range. */
public final class InvalidSearchException extends RuntimeException {

    public InvalidSearchException(String message) {
        super(message);
    }
}
