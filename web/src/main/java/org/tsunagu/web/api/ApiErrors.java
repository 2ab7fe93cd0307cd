package org.tsunagu.web.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tsunagu.web.ErrorResponse;
import org.tsunagu.web.RefusedRequest;

/**
 * Failed requests, answered as {@link ErrorResponse} writes them: refused ones with their status,
 * Javalin's own 404 and 405, Jetty's refusals of a malformed or too slow request, and an unexpected failure, logged with its stack trace and answered
 * 500 without it.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void addTo(Javalin app) {
        app.exception(RefusedRequest.class, (e, ctx) -> ErrorResponse.send(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, ApiErrors::httpResponse);
        // Jetty's own refusals while reading a request, such as a body slower than the minimum rate (408).
        app.exception(BadMessageException.class, (e, ctx) -> ErrorResponse.send(ctx, e.getCode(), e.getReason()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ErrorResponse.send(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal server error");
        });
    }

    /** Javalin's own answers: no such route (404), a route without this method (405). */
    private static void httpResponse(HttpResponseException e, Context ctx) {
        if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            String allowed = String.join(", ", e.getDetails().getOrDefault("availableMethods", "").split(",\\s*"));
            ctx.header("Allow", allowed);
            ErrorResponse.send(ctx, e.getStatus(), ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed);
        } else if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
            ErrorResponse.send(ctx, e.getStatus(), "no such resource: " + ctx.path());
        } else {
            ErrorResponse.send(ctx, e.getStatus(), e.getMessage());
        }
    }

}
