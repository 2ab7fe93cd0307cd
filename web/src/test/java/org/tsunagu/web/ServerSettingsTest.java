package org.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.web.account.ReadAccess;

/** Where the server listens, and how its session cookie travels behind a TLS proxy. */
class ServerSettingsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void listensOnThisMachinesLoopbackAddressOnlyByDefault() throws IOException {
        try (WebServer server = WebServer.start(store.database(), 0)) {
            assertThat(connects("127.0.0.1", server.port())).isTrue();
            assertThatThrownBy(() -> connects("127.0.0.2", server.port())).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void listensWhereTheHostSays() throws IOException {
        ServerSettings second = new ServerSettings("127.0.0.2", 0, ReadAccess.OPEN, Optional.empty());
        try (WebServer server = WebServer.start(store.database(), second)) {
            assertThat(connects("127.0.0.2", server.port())).isTrue();
            assertThatThrownBy(() -> connects("127.0.0.1", server.port())).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void marksTheSessionCookieSecureBehindAnHttpsPublicUrl() throws Exception {
        ServerSettings behindTls = new ServerSettings(ServerSettings.LOCAL_HOST, 0, ReadAccess.OPEN,
                Optional.of(URI.create("https://tsunagu.example/")));
        try (WebServer plain = WebServer.start(store.database(), 0);
                WebServer proxied = WebServer.start(store.database(), behindTls)) {
            assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("Secure");
            assertThat(sessionCookie(proxied)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        }
    }

    private static boolean connects(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
            return socket.isConnected();
        }
    }

    /** The Set-Cookie of the sign-in form, which starts a session for its CSRF token. */
    private static String sessionCookie(WebServer server) throws Exception {
        HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = form.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }
}
