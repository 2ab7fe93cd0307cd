package org.tsunagu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

/** Paging as every listing does it, seen through {@code /api/facts}. */
class PagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeSamples() {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());
    }

    @Test
    void answersWithTheEnvelopeAndTheLimitAndOffsetUsed() throws Exception {
        JsonNode page = JSON.readTree(server.get("/api/statements?limit=2&offset=1").body());

        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void usesTheDefaultsWhenNotAsked() throws Exception {
        JsonNode page = JSON.readTree(server.get("/api/statements").body());

        assertThat(page.get("limit").asInt()).isEqualTo(50);
        assertThat(page.get("offset").asInt()).isZero();
    }

    @Test
    void lowersALimitAboveTheMaximumAndSaysSo() throws Exception {
        JsonNode page = JSON.readTree(server.get("/api/statements?limit=100000").body());

        assertThat(page.get("limit").asInt()).isEqualTo(500);
        assertThat(page.get("items")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=-1", "limit=all", "offset=-5", "offset=1.5", "limit=99999999999"})
    void answersAnInvalidLimitOrOffsetWith400NamingIt(String parameter) throws Exception {
        HttpResponse<String> response = server.get("/api/statements?" + parameter);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText())
                .startsWith(parameter.substring(0, parameter.indexOf('=')) + " must be a whole number");
    }
}
