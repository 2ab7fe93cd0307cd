package org.tsunagu.web;

/** A request for something the store does not hold; answered with 404 and the message. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
