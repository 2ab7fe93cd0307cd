package org.tsunagu.cli.serve;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.cli.users.FirstAdmin;
import org.tsunagu.store.Database;
import org.tsunagu.web.ServerSettings;
import org.tsunagu.web.WebServer;
import org.tsunagu.web.account.ReadAccess;

/**
 * Makes the first admin account if there is none, starts the web server, says where it is, and
 * keeps it up until the process is stopped.
 */
public final class Serving {

    private Serving() {
    }

    public static void serveUntilStopped(Database database, String location, ServerSettings settings, PrintWriter out,
            PrintWriter err) {
        FirstAdmin.ensure(database.accounts(), System.getenv(FirstAdmin.PASSWORD_VARIABLE), err);
        WebServer server = WebServer.start(database, settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "tsunagu-shutdown"));
        out.printf("Tsunagu is serving %s at %s (%s; Ctrl-C to stop)%n", DatabaseOption.shown(location), address(settings, server.port()),
                settings.readAccess() == ReadAccess.PRIVATE ? "sign in to read" : "anyone may read, sign in to review");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where to point a browser: the public URL, or this machine's address, or every interface's. */
    static String address(ServerSettings settings, int port) {
        if (settings.publicUrl().isPresent()) {
            return settings.publicUrl().get() + " (listening on " + settings.host() + ":" + port + ")";
        }
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        String url = "http://" + host + ":" + port + "/";
        return settings.host().equals("0.0.0.0") || settings.host().equals("::")
                ? url + ", on every network interface" : url;
    }
}
