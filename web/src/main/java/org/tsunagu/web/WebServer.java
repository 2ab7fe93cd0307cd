package org.tsunagu.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.tsunagu.store.Database;
import org.tsunagu.web.fact.FactRoutes;
import org.tsunagu.web.search.SearchRoutes;

/** The web application over a store: the home page, the facts API and a health check. */
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
        });
        app.before(SecurityHeaders::add);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        FactRoutes.addTo(app, database, templates);
        SearchRoutes.addTo(app, database, templates);
        app.exception(InvalidRequestException.class, WebServer::badRequest);
        return new WebServer(app.start(port));
    }

    /** The API answers in JSON; pages in plain text, which no browser runs as markup. */
    private static void badRequest(InvalidRequestException e, io.javalin.http.Context ctx) {
        ctx.status(400);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", e.getMessage()));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(e.getMessage());
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
