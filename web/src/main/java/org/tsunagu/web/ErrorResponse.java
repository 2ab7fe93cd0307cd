package org.tsunagu.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * An error answer: {@code {"error": "...", "status": N}} in the API, a page in the site's frame
 * for a browser, plain text that no browser runs as markup for other clients.
 */
public final class ErrorResponse {

    private ErrorResponse() {
    }

    public static void send(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message, "status", status));
        } else if (!ErrorPage.wanted(ctx) || !ErrorPage.render(ctx, status, message)) {
            ctx.contentType("text/plain; charset=utf-8").result(message);
        }
    }
}
