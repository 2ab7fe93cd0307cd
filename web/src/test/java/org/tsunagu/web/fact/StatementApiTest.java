package org.tsunagu.web.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class StatementApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTwoArticles() {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());
    }

    @Test
    void listsEveryFactNewestFirstWithItsFullJsonForm() throws Exception {
        JsonNode body = json(server.get("/api/statements"));

        assertThat(body.get("total").asLong()).isEqualTo(5);
        JsonNode oldest = body.get("items").get(4);
        assertThat(oldest.get("type").asText()).isEqualTo("agreement");
        assertThat(oldest.get("summary").asText()).isEqualTo("MOU: JETRO — Chongqing Municipal Government (2013-10-31)");
        assertThat(oldest.get("document").asText()).isEqualTo("jetro-chongqing");
        assertThat(oldest.get("sentence").asText())
                .isEqualTo("JETRO signed an MOU with Chongqing Municipal Government on October 31.");
        assertThat(oldest.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(oldest.get("id").isIntegralNumber()).isTrue();
        assertThat(FactJson.read(oldest.get("fact"))).isEqualTo(Samples.jetroChongqing().facts().get(0));
    }

    @Test
    void filtersByType() throws Exception {
        JsonNode body = json(server.get("/api/statements?type=investment"));

        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(types(body)).containsExactly("investment");
    }

    @Test
    void filtersByTextIgnoringCaseAndDiacritics() throws Exception {
        JsonNode body = json(server.get("/api/statements?q=" + RunningServer.encoded("DA NANG")));

        assertThat(types(body)).containsExactlyInAnyOrder("relationship", "role", "event");
    }

    @Test
    void combinesTypeTextLimitAndOffset() throws Exception {
        JsonNode body = json(server.get("/api/statements?type=ROLE&q=nguyen&limit=1&offset=0"));
        JsonNode beyond = json(server.get("/api/statements?q=da+nang&limit=2&offset=2"));

        assertThat(types(body)).containsExactly("role");
        assertThat(beyond.get("total").asLong()).isEqualTo(3);
        assertThat(beyond.get("items")).hasSize(1);
    }

    @Test
    void answersAnUnknownTypeWith400AndAJsonError() throws Exception {
        HttpResponse<String> response = server.get("/api/statements?type=treaty");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).get("error").asText()).contains("unknown fact type 'treaty'").contains("agreement");
    }

    @Test
    void answersANonNumericLimitWith400AndAJsonError() throws Exception {
        HttpResponse<String> response = server.get("/api/statements?limit=all");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("limit");
    }

    @Test
    void readsTheStoredFactsBackUnchanged() throws Exception {
        List<Fact> facts = new ArrayList<>();
        json(server.get("/api/statements?limit=500")).get("items").forEach(item -> facts.add(FactJson.read(item.get("fact"))));

        assertThat(facts).hasSize(5).containsAll(Samples.daNangSakai().facts());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> types(JsonNode body) {
        List<String> types = new ArrayList<>();
        body.get("items").forEach(item -> types.add(item.get("type").asText()));
        return types;
    }
}
