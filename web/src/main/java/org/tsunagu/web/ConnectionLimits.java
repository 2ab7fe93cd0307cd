package org.tsunagu.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * What one client can hold of the server. Reading a request body blocks one of Jetty's threads,
 * so a client that sends its body a byte at a time could hold them all: a body must keep up a
 * minimum rate, a connection that sends nothing is closed, and the requests of one address beyond
 * a few at once wait for their turn without holding a thread, so other clients are still answered.
 */
final class ConnectionLimits {

    /** Slower than any real network; a 10 MB upload may take up to nearly three hours. */
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);
    /** Several browser tabs and scripts behind one address fit; Jetty has 250 threads in all. */
    static final int THREADS_PER_ADDRESS = 16;
    /** Past these, an address is told to come back later. */
    static final int WAITING_PER_ADDRESS = 100;

    private ConnectionLimits() {
    }

    /** Call inside {@code Javalin.create}: the server then listens only where the settings say. */
    static void apply(JavalinConfig config, ServerSettings settings) {
        config.jetty.modifyHttpConfiguration(http -> {
            http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            return connector;
        });
        // Inside the servlet context, which suspends and resumes the waiting requests, before their sessions are looked up.
        config.jetty.modifyServletContextHandler(context ->
                context.insertHandler(new RequestsPerAddress(THREADS_PER_ADDRESS, WAITING_PER_ADDRESS)));
    }
}
