package org.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebServerTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void reportsItsHealthAsJson() throws Exception {
        HttpResponse<String> response = server.get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?q=x", "/api/health", "/api/facts", "/api/facts?type=nonsense", "/tsunagu.css",
            "/no-such-page"})
    void sendsSecurityHeadersOnEveryResponse(String path) throws Exception {
        HttpResponse<String> response = server.get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void servesItsStylesheetFromTheClasspath() throws Exception {
        HttpResponse<String> response = server.get("/tsunagu.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void picksAFreePortWhenAskedForPortZero() {
        try (WebServer second = WebServer.start(server.database(), 0)) {
            assertThat(second.port()).isPositive();
        }
    }
}
