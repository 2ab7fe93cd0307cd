package org.tsunagu.web;

/** A request the server cannot answer as asked; answered with 400 and the message. */
public final class InvalidRequestException extends RefusedRequest {

    public InvalidRequestException(String message) {
        super(400, message);
    }
}
