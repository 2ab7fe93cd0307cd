package org.tsunagu.web;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * A failed request asked for by a browser, answered as a page in the site's frame: its status as
 * a heading, the reason, and a way back. API clients and scripts keep JSON or plain text.
 */
public record ErrorPage(int status, String title, String message) {

    private static final String TEMPLATES = "tsunagu.error-page-templates";

    /** Lets {@link ErrorResponse} render pages with these templates; call before any other handler. */
    public static void install(Javalin app, TemplateEngine templates) {
        app.before(ctx -> ctx.attribute(TEMPLATES, templates));
    }

    /** Whether the request wants a page: a browser's (the API has answered JSON before asking). */
    static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** Renders the page when the server was set up to, else says it cannot. */
    static boolean render(Context ctx, int status, String message) {
        Optional<TemplateEngine> templates = Optional.ofNullable(ctx.attribute(TEMPLATES));
        templates.ifPresent(engine -> HtmlPages.render(ctx, engine, "error.jte",
                new ErrorPage(status, HttpStatus.forStatus(status).getMessage(), message)));
        return templates.isPresent();
    }
}
