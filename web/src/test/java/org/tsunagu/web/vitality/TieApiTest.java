package org.tsunagu.web.vitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.ReadAccess;

/** {@code /api/ties}: the ranked view of ties as JSON, as of the server's year unless asked for another. */
class TieApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer(ReadAccess.OPEN, LivelyTies.MID_2026);

    @BeforeEach
    void saveTheTies() {
        server.database().save(LivelyTies.article());
    }

    @Test
    void ranksTheLivelierTieFirstWithItsScoreExplainedAndCountedByYear() throws Exception {
        JsonNode body = json(server.get("/api/ties"));

        assertThat(body.get("as_of").asInt()).isEqualTo(2026);
        assertThat(body.get("total").asInt()).as("a person ties nothing").isEqualTo(2);
        JsonNode first = body.get("items").get(0);
        assertThat(List.of(first.at("/a/name").asText(), first.at("/b/name").asText()))
                .containsExactly("Nantes", "Niigata");
        assertThat(first.get("kind").asText()).isEqualTo("places");
        assertThat(first.get("status").asText()).isEqualTo("active");
        assertThat(first.get("explanation").asText())
                .isEqualTo("1 friendship tie in 1990; 1 visit and 1 meeting in 2024–2025; nothing since");
        assertThat(first.get("score").asDouble()).isEqualTo(2.41);
        assertThat(first.get("last_year").asInt()).isEqualTo(2025);
        assertThat(first.get("years")).hasSize(12);
        assertThat(first.at("/years/10/year").asInt()).isEqualTo(2025);
        assertThat(first.at("/years/10/activities/visit").asInt()).isEqualTo(1);
        JsonNode second = body.get("items").get(1);
        assertThat(second.get("status").asText()).isEqualTo("on_paper");
        assertThat(second.get("explanation").asText()).isEqualTo("1 MOU in 2019; nothing since");
        assertThat(body.at("/statuses/active").asInt()).isEqualTo(1);
        assertThat(body.at("/statuses/on_paper").asInt()).isEqualTo(1);
        assertThat(texts(body.get("countries"))).containsExactly("France", "Japan");
    }

    @Test
    void scoresAsOfAnotherYearWhenAsked() throws Exception {
        JsonNode first = json(server.get("/api/ties?as_of=2019")).get("items").get(0);

        assertThat(first.at("/a/name").asText() + first.at("/b/name").asText()).contains(LivelyTies.TRADING_HOUSE);
        assertThat(first.get("score").asDouble()).isEqualTo(3.0);
        assertThat(first.get("status").asText()).isEqualTo("active");
    }

    @Test
    void filtersByKindCountryStatusAndEntity() throws Exception {
        long nantes = EntityIds.of(server.database(), "Nantes");

        assertThat(names(json(server.get("/api/ties?kind=place_and_organisation")))).singleElement().asString()
                .contains(LivelyTies.TRADING_HOUSE);
        assertThat(names(json(server.get("/api/ties?country=France")))).containsExactly("Nantes — Niigata");
        assertThat(names(json(server.get("/api/ties?status=on_paper")))).singleElement().asString()
                .contains(LivelyTies.TRADING_HOUSE);
        assertThat(names(json(server.get("/api/ties?entity=" + nantes)))).containsExactly("Nantes — Niigata");
        assertThat(json(server.get("/api/ties?limit=1&offset=1")).get("items")).hasSize(1);
    }

    @Test
    void refusesAnUnknownKindAndAnUnknownEntity() throws Exception {
        assertThat(error(server.get("/api/ties?kind=friends"), 400))
                .isEqualTo("kind must be one of places, organisations, place_and_organisation, not 'friends'");
        assertThat(error(server.get("/api/ties?status=dormant"), 400)).startsWith("status must be one of active");
        assertThat(error(server.get("/api/ties?as_of=soon"), 400)).startsWith("as_of must be a whole number");
        assertThat(error(server.get("/api/ties?entity=999999"), 404)).isEqualTo("no entity 999999");
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.get("items").forEach(tie -> names.add(tie.at("/a/name").asText() + " — " + tie.at("/b/name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
