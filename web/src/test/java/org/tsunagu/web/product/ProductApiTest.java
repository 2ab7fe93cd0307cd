package org.tsunagu.web.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;

/** Product lines, buyers and their matches through JSON. */
class ProductApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROCER = """
            {"name": "Harbour Fresh Markets", "channels": ["retail"], "categories": "fruit, rice", "regions": ["Japan"]}""";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTwoProductLines() {
        server.database().save(DriedFruitLines.report());
    }

    @Test
    void listsProductLinesWithTheirChannelsFilteredByChannel() throws Exception {
        JsonNode wholesale = JSON.readTree(server.get("/api/products?channel=wholesale").body());

        assertThat(wholesale.get("items")).hasSize(1);
        assertThat(wholesale.get("items").get(0).get("name").asText()).isEqualTo(DriedFruitLines.TEA);
        assertThat(wholesale.get("items").get(0).get("channels").toString()).isEqualTo("[\"wholesale\"]");
        assertThat(wholesale.get("items").get(0).get("origin").get("name").asText()).isEqualTo("Kochi");
        assertThat(server.get("/api/products?channel=barter").statusCode()).isEqualTo(400);
    }

    @Test
    void letsAnEditorAddABuyerAndRanksItForAProductLine() throws Exception {
        assertThat(post("/api/buyers", token("vic", Role.VIEWER), GROCER).statusCode()).isEqualTo(403);
        HttpResponse<String> added = post("/api/buyers", token("erin", Role.EDITOR), GROCER);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        JsonNode buyer = JSON.readTree(added.body());
        JsonNode lines = JSON.readTree(server.get("/api/buyers/" + buyer.get("id").asLong() + "/products").body());
        assertThat(lines.get("matches")).hasSize(1);
        JsonNode match = lines.get("matches").get(0);
        assertThat(match.get("product").get("name").asText()).isEqualTo(DriedFruitLines.PEARS);
        assertThat(match.get("explanation").asText())
                .isEqualTo("channel: retail; category: dried pears (fruit); origin: Tottori, in Japan, where the buyer buys");
        long pears = match.get("product").get("id").asLong();
        JsonNode buyers = JSON.readTree(server.get("/api/products/" + pears + "/buyers").body());
        assertThat(buyers.get("matches").get(0).get("buyer").get("name").asText()).isEqualTo("Harbour Fresh Markets");
        assertThat(buyers.get("matches").get(0).get("score").asInt()).isEqualTo(8);
    }

    @Test
    void refusesABuyerWithAnUnknownRegionSayingWhich() throws Exception {
        HttpResponse<String> refused = post("/api/buyers", token("erin", Role.EDITOR),
                "{\"name\": \"Nowhere Foods\", \"channels\": [\"retail\"], \"categories\": [\"tea\"], \"regions\": [\"Atlantis\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("no place called Atlantis is known");
        assertThat(JSON.readTree(server.get("/api/buyers").body()).get("total").asInt()).isZero();
    }

    private String token(String name, Role role) {
        server.database().accounts().add(name, role, "a long enough password");
        return server.database().accounts().issueToken(name);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
