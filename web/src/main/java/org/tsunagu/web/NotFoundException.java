package org.tsunagu.web;

/** A request for something the store does not hold; answered with 404 and the message. */
public final class NotFoundException extends RefusedRequest {

    public NotFoundException(String message) {
        super(404, message);
    }
}
