package org.tsunagu.web;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.web.account.ReadAccess;

/**
 * Where the server listens and who may read. The address is this machine only unless asked
 * otherwise; a public URL that starts with {@code https://} says a TLS proxy stands in front, so
 * the session cookie is marked {@code Secure} and never travels over plain HTTP.
 */
public record ServerSettings(String host, int port, ReadAccess readAccess, Optional<URI> publicUrl) {

    /** The loopback address: only programs on this machine can connect. */
    public static final String LOCAL_HOST = "127.0.0.1";

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(readAccess, "readAccess");
        Objects.requireNonNull(publicUrl, "publicUrl");
    }

    /** On this machine only, on the port or on any free port when it is 0. */
    public static ServerSettings local(int port, ReadAccess readAccess) {
        return new ServerSettings(LOCAL_HOST, port, readAccess, Optional.empty());
    }

    public boolean secureCookies() {
        return publicUrl.map(url -> "https".equalsIgnoreCase(url.getScheme())).orElse(false);
    }
}
