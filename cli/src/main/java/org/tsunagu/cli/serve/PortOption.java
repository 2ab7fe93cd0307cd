package org.tsunagu.cli.serve;

import picocli.CommandLine.Option;

/** The {@code --port} option of the commands that start the web server. */
public final class PortOption {

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:TSUNAGU_PORT:-7070}",
            description = "HTTP port (default: $TSUNAGU_PORT, else 7070; 0 picks a free one).")
    private int port;

    public int port() {
        return port;
    }
}
