package org.tsunagu.cli.serve;

import java.net.URI;
import java.util.Optional;
import org.tsunagu.web.ServerSettings;
import org.tsunagu.web.account.ReadAccess;
import picocli.CommandLine.Option;

/** The {@code --host} and {@code --public-url} options of the commands that start the web server. */
public final class ListenOptions {

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOCAL_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only). 0.0.0.0 listens"
                    + " on every network interface: put a TLS proxy in front and see --public-url.")
    private String host;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address people use when a proxy stands in front (https://tsunagu.example/). An"
                    + " https:// URL marks the session cookie Secure: browsers then send it over TLS only.")
    private URI publicUrl;

    public ServerSettings settings(int port, ReadAccess readAccess) {
        return new ServerSettings(host, port, readAccess, Optional.ofNullable(publicUrl));
    }
}
