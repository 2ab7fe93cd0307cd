package org.tsunagu.web;

/** A request the server will not answer as asked: answered with the status and the reason, as {@link ErrorResponse} writes it. */
public class RefusedRequest extends RuntimeException {

    private final int status;

    public RefusedRequest(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
