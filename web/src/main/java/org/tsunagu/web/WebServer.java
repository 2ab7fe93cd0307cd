package org.tsunagu.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.tsunagu.store.Database;
import org.tsunagu.web.api.ApiConventions;
import org.tsunagu.web.api.Route;
import org.tsunagu.web.export.ExportRoutes;
import org.tsunagu.web.fact.FactRoutes;

/** The web application over a store: the home page, the facts API, exports and a health check. */
public final class WebServer implements AutoCloseable {

    private final Javalin app;
    private final ApiConventions api;

    private WebServer(Javalin app, ApiConventions api) {
        this.app = app;
        this.api = api;
    }

    /** Starts serving on the port, or on any free port when it is 0. */
    public static WebServer start(Database database, int port) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.tsunagu.web");
        ApiConventions api = new ApiConventions();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            api.configure(config);
        });
        app.before(SecurityHeaders::add);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        api.addTo(app);
        FactRoutes.addTo(app, database, templates);
        ExportRoutes.addTo(app, database, templates);
        return new WebServer(app.start(port), api);
    }

    /** Every route the server answers, as registered. */
    public List<Route> routes() {
        return api.routes();
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
