package org.tsunagu.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.tsunagu.store.Database;
import org.tsunagu.web.document.DocumentRoutes;
import org.tsunagu.web.entity.EntityRoutes;
import org.tsunagu.web.fact.FactRoutes;
import org.tsunagu.web.graph.GraphRoutes;

/**
 * The web application over a store: the home page and facts API, the entity, document and
 * network pages with their API, and a health check.
 */
public final class WebServer implements AutoCloseable {

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on the port, or on any free port when it is 0. */
    public static WebServer start(Database database, int port) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.tsunagu.web");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        });
        app.before(SecurityHeaders::add);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        FactRoutes.addTo(app, database, templates);
        EntityRoutes.addTo(app, database, templates);
        DocumentRoutes.addTo(app, database, templates);
        GraphRoutes.addTo(app, database, templates);
        app.exception(InvalidRequestException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        app.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        return new WebServer(app.start(port));
    }

    /** The API answers in JSON; pages in plain text, which no browser runs as markup. */
    private static void answer(io.javalin.http.Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(message);
        }
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
