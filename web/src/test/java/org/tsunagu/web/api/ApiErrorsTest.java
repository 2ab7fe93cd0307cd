package org.tsunagu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tsunagu.web.RunningServer;

class ApiErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @ParameterizedTest
    @ValueSource(strings = {"/api/no-such-thing", "/api/facts/extra/parts", "/api/"})
    void answersAnUnknownApiPathWith404InJson(String path) throws Exception {
        HttpResponse<String> response = server.get(path);

        assertError(response, 404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(path);
    }

    @Test
    void answersAnotherMethodOnAKnownPathWith405NamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/api/facts"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertError(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("DELETE").contains("GET");
    }

    @Test
    void answersAnInvalidParameterWith400() throws Exception {
        assertError(server.get("/api/facts?offset=-1"), 400);
    }

    @Test
    void answersAnUnknownPageInPlainText() throws Exception {
        HttpResponse<String> response = server.get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void answersAFailureWith500WithoutItsDetails() throws Exception {
        ApiConventions api = new ApiConventions();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            api.configure(config);
        });
        api.addTo(app);
        app.get("/api/broken", ctx -> {
            throw new IllegalStateException("secret table name");
        });
        app.start(0);
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.port() + "/api/broken")).build(), HttpResponse.BodyHandlers.ofString());

            assertError(response, 500);
            assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
                    .doesNotContain("at org.");
        } finally {
            app.stop();
        }
    }

    private String base() throws Exception {
        String health = server.get("/api/health").uri().toString();
        return health.substring(0, health.indexOf("/api/health"));
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank();
    }
}
