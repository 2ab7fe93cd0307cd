package org.tsunagu.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.store.Database;
import org.tsunagu.web.account.AccessControl;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.LoginRoutes;
import org.tsunagu.web.account.ReadAccess;
import org.tsunagu.web.agreement.AgreementRoutes;
import org.tsunagu.web.api.ApiConventions;
import org.tsunagu.web.api.ApiReference;
import org.tsunagu.web.api.Route;
import org.tsunagu.web.audit.AuditRoutes;
import org.tsunagu.web.calendar.CalendarRoutes;
import org.tsunagu.web.document.DocumentRoutes;
import org.tsunagu.web.corridor.CorridorRoutes;
import org.tsunagu.web.entity.EntityRoutes;
import org.tsunagu.web.export.ExportRoutes;
import org.tsunagu.web.fact.FactPages;
import org.tsunagu.web.fact.FactRoutes;
import org.tsunagu.web.graph.GraphRoutes;
import org.tsunagu.web.map.MapRoutes;
import org.tsunagu.web.product.ProductRoutes;
import org.tsunagu.web.review.ReviewRoutes;
import org.tsunagu.web.search.SearchRoutes;
import org.tsunagu.web.partner.PartnerRoutes;
import org.tsunagu.web.watch.WatchRoutes;
import org.tsunagu.web.vitality.TieRoutes;

/**
 * The web application over a store: home, search, entity, document and network pages, the review
 * queue, the audit log, exports, the JSON API and its reference page and a health check, behind
 * one access rule.
 */
public final class WebServer implements AutoCloseable {

    private final Javalin app;
    private final ApiConventions api;

    private WebServer(Javalin app, ApiConventions api) {
        this.app = app;
        this.api = api;
    }

    /** Starts serving this machine on the port, or on any free port when it is 0; anyone may read. */
    public static WebServer start(Database database, int port) {
        return start(database, port, ReadAccess.OPEN);
    }

    /** Starts serving this machine on the port, or on any free port when it is 0. */
    public static WebServer start(Database database, int port, ReadAccess readAccess) {
        return start(database, ServerSettings.local(port, readAccess));
    }

    public static WebServer start(Database database, ServerSettings settings) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.tsunagu.web");
        ApiConventions api = new ApiConventions();
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
            config.jetty.modifyServletContextHandler(context ->
                    context.getSessionHandler().getSessionCookieConfig().setSecure(settings.secureCookies()));
            ConnectionLimits.apply(config, settings);
            api.configure(config);
        });
        ErrorPage.install(app, templates);
        app.before(SecurityHeaders::add);
        AccessControl.install(app, database.accounts(), settings.readAccess(), settings.clock());
        KnownParameters.install(app);
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")), AccessRole.ANYONE);
        api.addTo(app);
        ApiReference.addTo(app, templates);
        FactRoutes.addTo(app, database, templates);
        FactPages.addTo(app, database, templates);
        AgreementRoutes.addTo(app, database, templates);
        LoginRoutes.addTo(app, database.accounts(), templates, settings.clock());
        ReviewRoutes.addTo(app, database, templates);
        ExportRoutes.addTo(app, database, templates);
        SearchIndex index = SearchRoutes.addTo(app, database, templates);
        WatchRoutes.addTo(app, database, index, templates, settings);
        EntityRoutes.addTo(app, database, templates, settings.clock());
        CorridorRoutes.addTo(app, database, templates);
        DocumentRoutes.addTo(app, database, templates);
        GraphRoutes.addTo(app, database, templates);
        MapRoutes.addTo(app, database, templates);
        CalendarRoutes.addTo(app, database, templates, settings.clock());
        AuditRoutes.addTo(app, database, templates);
        TieRoutes.addTo(app, database, templates, settings.clock());
        ProductRoutes.addTo(app, database, templates);
        PartnerRoutes.addTo(app, database, templates);
        return new WebServer(app.start(), api);
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
