package org.tsunagu.store.review;

/** An operation that cannot be applied, with the reason in words a person can act on. */
public final class CurationException extends RuntimeException {

    CurationException(String message) {
        super(message);
    }
}
