package org.tsunagu.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.tsunagu.store.Database;
import org.tsunagu.web.account.AccessControl;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.LoginRoutes;
import org.tsunagu.web.account.ReadAccess;
import org.tsunagu.web.fact.FactRoutes;
import org.tsunagu.web.review.ReviewRoutes;

/** The web application over a store: pages, the JSON API and a health check, behind one access rule. */
public final class WebServer implements AutoCloseable {

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on the port, or on any free port when it is 0; anyone may read. */
    public static WebServer start(Database database, int port) {
        return start(database, port, ReadAccess.OPEN);
    }

    /** Starts serving on the port, or on any free port when it is 0. */
    public static WebServer start(Database database, int port, ReadAccess readAccess) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.tsunagu.web");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH, AccessControl.OPEN_TO_ALL);
            config.staticFiles.add(webjars -> {
                webjars.hostedPath = "/webjars";
                webjars.directory = "META-INF/resources/webjars";
                webjars.location = Location.CLASSPATH;
                webjars.roles = AccessControl.OPEN_TO_ALL;
            });
            config.jetty.multipartConfig.maxFileSize(ReviewRoutes.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ReviewRoutes.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
        });
        app.before(SecurityHeaders::add);
        AccessControl.install(app, database.accounts(), readAccess);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")), AccessRole.ANYONE);
        FactRoutes.addTo(app, database, templates);
        LoginRoutes.addTo(app, database.accounts(), templates);
        ReviewRoutes.addTo(app, database, templates);
        app.exception(RefusedRequest.class, (e, ctx) -> ErrorResponse.send(ctx, e.status(), e.getMessage()));
        return new WebServer(app.start(port));
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
