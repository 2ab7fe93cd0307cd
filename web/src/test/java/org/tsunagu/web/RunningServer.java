package org.tsunagu.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.web.account.ReadAccess;
import org.tsunagu.web.api.Route;

/**
 * A real web server on a free port over a real SQLite file, and a real HTTP client to ask it.
 * Register with {@code @RegisterExtension}.
 */
public final class RunningServer implements BeforeEachCallback, AfterEachCallback {

    private final TemporaryDatabase store = new TemporaryDatabase();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ReadAccess readAccess;
    private final Clock clock;
    private WebServer server;

    /** Anyone may read, as by default. */
    public RunningServer() {
        this(ReadAccess.OPEN);
    }

    public RunningServer(ReadAccess readAccess) {
        this(readAccess, Clock.systemUTC());
    }

    /** A server whose sessions and sign-in throttle keep the given clock's time. */
    public RunningServer(ReadAccess readAccess, Clock clock) {
        this.readAccess = readAccess;
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        store.beforeEach(context);
        server = WebServer.start(store.database(), ServerSettings.local(0, readAccess).withClock(clock));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.stop();
        store.afterEach(context);
    }

    /** Every route the server registered. */
    public List<Route> routes() {
        return server.routes();
    }

    public int port() {
        return server.port();
    }

    public Database database() {
        return store.database();
    }

    /** GETs the path (with its query string) from the server. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)));
    }

    /** Sends a request without cookies and without following redirects. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
