package org.tsunagu.web.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.event.HandlerMetaInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every {@code /api/} route shares: JSON errors with a fitting status (404 for an unknown
 * route, 405 for a known route asked with another method), the OpenAPI description at
 * {@value #DESCRIPTION_PATH}, and a record of the routes the server registered, against which a
 * test checks that description.
 */
public final class ApiConventions {

    public static final String DESCRIPTION_PATH = "/api/openapi.json";

    private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

    /** Call inside {@code Javalin.create}, before any route is added. */
    public void configure(JavalinConfig config) {
        config.http.prefer405over404 = true;
        config.events.handlerAdded(this::record);
    }

    /** Call after {@link #configure}, on the created application. */
    public void addTo(Javalin app) {
        byte[] description = description();
        app.get(DESCRIPTION_PATH, ctx -> ctx.contentType("application/json").result(description));
        ApiErrors.addTo(app);
    }

    /** Every route registered so far, in order; filters ({@code before}, {@code after}) left out. */
    public List<Route> routes() {
        synchronized (routes) {
            return List.copyOf(routes);
        }
    }

    private void record(HandlerMetaInfo handler) {
        if (handler.getHttpMethod().isHttpMethod()) {
            routes.add(new Route(handler.getHttpMethod().name(), handler.getPath(), handler.getRoles()));
        }
    }

    /** The OpenAPI 3.1 description, kept as a file beside this class so it reads as what it is. */
    public static byte[] description() {
        try (InputStream in = ApiConventions.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
