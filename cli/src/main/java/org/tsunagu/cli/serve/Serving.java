package org.tsunagu.cli.serve;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.tsunagu.store.Database;
import org.tsunagu.web.WebServer;

/** Starts the web server, says where it is, and keeps it up until the process is stopped. */
public final class Serving {

    private Serving() {
    }

    public static void serveUntilStopped(Database database, String location, int port, PrintWriter out) {
        WebServer server = WebServer.start(database, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "tsunagu-shutdown"));
        out.printf("Tsunagu is serving %s at http://localhost:%d/ (Ctrl-C to stop)%n", location, server.port());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
