package org.tsunagu.web.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Ties;
import org.tsunagu.web.RunningServer;

class EntityApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTies() {
        server.database().save(Ties.daNang());
    }

    @Test
    void listsEntitiesByTypeAndNameAPageAtATime() throws Exception {
        JsonNode places = json(server.get("/api/entities?type=place&limit=2&offset=0"));
        JsonNode daNang = json(server.get("/api/entities?q=" + RunningServer.encoded("DA NANG") + "&type=place"));

        assertThat(places.get("items")).hasSize(2);
        assertThat(places.get("total").asLong()).isGreaterThan(2);
        assertThat(daNang.get("total").asLong()).isEqualTo(1);
        assertThat(daNang.get("items").get(0).get("name").asText()).isEqualTo("Da Nang");
        assertThat(daNang.get("items").get(0).get("level").asText()).isEqualTo("municipality");
        assertThat(daNang.get("items").get(0).get("native_name").asText()).isEqualTo("Đà Nẵng");
    }

    @Test
    void givesAnEntitysProfileAndItsFactsWithEvidenceOffsets() throws Exception {
        long daNang = EntityIds.of(server.database(), "Da Nang");

        JsonNode body = json(server.get("/api/entities/" + daNang));

        assertThat(body.get("entity").get("name").asText()).isEqualTo("Da Nang");
        assertThat(body.get("entity").get("within").get(0).get("name").asText()).isEqualTo("Vietnam");
        assertThat(body.get("counts").get("relationship").asLong()).isEqualTo(2);
        JsonNode sakai = body.get("facts").get(1);
        assertThat(sakai.get("summary").asText()).isEqualTo("Friendship: Da Nang — Sakai (since 1997)");
        assertThat(sakai.get("year").asInt()).isEqualTo(1997);
        JsonNode evidence = sakai.get("evidence");
        assertThat(Ties.DA_NANG_TEXT.substring(evidence.get("trigger_start").asInt(), evidence.get("trigger_end").asInt()))
                .isEqualTo("sister cities");
        assertThat(evidence.get("href").asText()).startsWith("/documents/" + evidence.get("document").asLong() + "?fact=");
        assertThat(sakai.get("fact").get("since").asText()).isEqualTo("1997");
    }

    @Test
    void pagesThroughOneTypeOfFact() throws Exception {
        long daNang = EntityIds.of(server.database(), "Da Nang");

        JsonNode body = json(server.get("/api/entities/" + daNang + "?type=relationship&limit=1&offset=1"));

        assertThat(body.get("facts")).hasSize(1);
        assertThat(body.get("facts").get(0).get("summary").asText()).contains("Sakai");
    }

    @Test
    void answersAnUnknownIdWith404AndAJsonError() throws Exception {
        assertThat(error(server.get("/api/entities/424242"), 404)).isEqualTo("no entity 424242");
    }

    @Test
    void answersBadParametersWith400NamingThem() throws Exception {
        assertThat(error(server.get("/api/entities?type=city"), 400)).contains("unknown type 'city'").contains("place");
        assertThat(error(server.get("/api/entities?offset=-1"), 400)).contains("offset");
        assertThat(error(server.get("/api/entities/abc"), 400)).contains("id");
        assertThat(error(server.get("/api/entities/1?type=treaty"), 400)).contains("unknown type 'treaty'");
    }
}
