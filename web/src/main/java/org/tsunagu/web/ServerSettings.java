package org.tsunagu.web;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.web.account.ReadAccess;

/**
 * Where the server listens and who may read. The address is this machine only unless asked
 * otherwise; a public URL that starts with {@code https://} says a TLS proxy stands in front, so
 * the session cookie is marked {@code Secure} and never travels over plain HTTP. The clock times
 * sessions and sign-in throttling; only tests move it.
 */
public record ServerSettings(String host, int port, ReadAccess readAccess, Optional<URI> publicUrl, Clock clock) {

    /** The loopback address: only programs on this machine can connect. */
    public static final String LOCAL_HOST = "127.0.0.1";

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(readAccess, "readAccess");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(clock, "clock");
    }

    public ServerSettings(String host, int port, ReadAccess readAccess, Optional<URI> publicUrl) {
        this(host, port, readAccess, publicUrl, Clock.systemUTC());
    }

    public ServerSettings withClock(Clock newClock) {
        return new ServerSettings(host, port, readAccess, publicUrl, newClock);
    }

    /** On this machine only, on the port or on any free port when it is 0. */
    public static ServerSettings local(int port, ReadAccess readAccess) {
        return new ServerSettings(LOCAL_HOST, port, readAccess, Optional.empty());
    }

    public boolean secureCookies() {
        return publicUrl.map(url -> "https".equalsIgnoreCase(url.getScheme())).orElse(false);
    }
}
