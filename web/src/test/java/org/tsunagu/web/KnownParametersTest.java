package org.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tsunagu.web.api.ApiConventions;
import org.tsunagu.web.api.Route;

class KnownParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts?tpye=event", "/api/entities?q=osaka&colour=red", "/api/health?verbose=1"})
    void answersAnUnknownParameterOfTheApiWith400NamingIt(String pathAndQuery) throws Exception {
        HttpResponse<String> response = server.get(pathAndQuery);
        String unknown = pathAndQuery.replaceAll(".*[?&]([a-z]+)=[^&]*$", "$1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith("unknown query parameter '" + unknown + "'");
    }

    @Test
    void answersAnUnknownParameterOfAPageWith400SayingWhatThePageTakes() throws Exception {
        HttpResponse<String> response = server.get("/documents?page=2");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("unknown query parameter 'page': /documents takes limit, offset");
    }

    @Test
    void answersTheParametersARouteTakes() throws Exception {
        for (String pathAndQuery : List.of("/api/facts?type=event&state=proposed&limit=5&offset=0", "/?q=osaka",
                "/api/search?q=osaka&country=JP", "/network?kinds=agreement&top=5", "/export/events.ics")) {
            assertThat(server.get(pathAndQuery).statusCode()).as(pathAndQuery).isEqualTo(200);
        }
    }

    @Test
    void knowsTheParametersOfEveryPageAndApiRouteTheServerAnswers() {
        KnownParameters known = KnownParameters.described(ApiConventions.description());

        List<String> unchecked = server.routes().stream().filter(route -> route.method().equals("GET"))
                .map(Route::path).filter(path -> known.of("GET", path).isEmpty()).toList();

        assertThat(unchecked).as("GET routes whose query parameters nobody listed").isEmpty();
    }
}
