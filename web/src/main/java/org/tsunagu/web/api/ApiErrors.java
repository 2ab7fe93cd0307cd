package org.tsunagu.web.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tsunagu.web.InvalidRequestException;

/**
 * Failed requests: under {@code /api/} a JSON body {@code {"error": "...", "status": N}}, elsewhere
 * plain text, which no browser runs as markup. An unexpected failure is logged with its stack
 * trace and answered 500 without it.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void addTo(Javalin app) {
        app.exception(InvalidRequestException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST.getCode(), e.getMessage()));
        app.exception(HttpResponseException.class, ApiErrors::httpResponse);
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal server error");
        });
    }

    /** Javalin's own answers: no such route (404), a route without this method (405). */
    private static void httpResponse(HttpResponseException e, Context ctx) {
        if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            String allowed = String.join(", ", e.getDetails().getOrDefault("availableMethods", "").split(",\\s*"));
            ctx.header("Allow", allowed);
            answer(ctx, e.getStatus(), ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed);
        } else if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
            answer(ctx, e.getStatus(), "no such resource: " + ctx.path());
        } else {
            answer(ctx, e.getStatus(), e.getMessage());
        }
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(JsonNodeFactory.instance.objectNode().put("error", message).put("status", status));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(message);
        }
    }
}
