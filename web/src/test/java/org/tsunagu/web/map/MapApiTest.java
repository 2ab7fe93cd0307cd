package org.tsunagu.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.web.RunningServer;

class MapApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTiesOfHamamatsu() {
        Articles article = Articles.article("hamamatsu-ties", "Hamamatsu and Ulsan signed a memorandum in 2024. "
                + "Hamamatsu and Haiphong have been friendship cities since 2019. Suzuki Motor opened a plant in Haiphong.");
        EntityRef hamamatsu = article.place("Hamamatsu");
        server.database().save(article.with(
                article.mou("signed a memorandum", PartialDate.ofYear(2024), hamamatsu, article.place("Ulsan")),
                article.friendship("friendship cities", PartialDate.ofYear(2019), hamamatsu, article.place("Haiphong")),
                article.investment("opened a plant", article.organisation("Suzuki Motor"), article.place("Haiphong"),
                        "10000000", "USD")));
    }

    @Test
    void drawsPlacesAtTheirCoordinatesAndTheTiesBetweenThem() throws Exception {
        JsonNode map = json(server.get("/api/map"));

        JsonNode ulsan = place(map, "KR-31");
        assertThat(ulsan.get("latitude").asDouble()).isCloseTo(35.54, within(0.1));
        assertThat(ulsan.get("longitude").asDouble()).isCloseTo(129.32, within(0.1));
        assertThat(ulsan.get("country").asText()).isEqualTo("KR");
        assertThat(ties(map)).containsExactlyInAnyOrder("1863289 KR-31 agreement", "1863289 VN-HP relationship");
        assertThat(map.get("unplaced").asInt()).as("a company has no place").isEqualTo(1);
    }

    @Test
    void keepsToTheKindsAndTheCountryAsked() throws Exception {
        assertThat(ties(json(server.get("/api/map?kinds=agreement")))).containsExactly("1863289 KR-31 agreement");
        JsonNode vietnam = json(server.get("/api/map?country=vn"));
        assertThat(ties(vietnam)).containsExactly("1863289 VN-HP relationship");
        assertThat(vietnam.get("places")).extracting(p -> p.get("id").asText())
                .containsExactlyInAnyOrder("1863289", "VN-HP");
    }

    @Test
    void drawsTheNetworkAroundAnEntityInTheYearsAsked() throws Exception {
        long haiphong = EntityIds.of(server.database(), "Haiphong");

        long hamamatsu = EntityIds.of(server.database(), "Hamamatsu");

        assertThat(ties(json(server.get("/api/map?entity=" + haiphong)))).containsExactly("1863289 VN-HP relationship");
        assertThat(ties(json(server.get("/api/map?entity=" + hamamatsu + "&from=2020"))))
                .as("the friendship of 2019 left out").containsExactly("1863289 KR-31 agreement");
    }

    @Test
    void refusesACountryTheReferenceDataDoesNotKnow() throws Exception {
        assertThat(error(server.get("/api/map?country=Atlantis"), 400)).contains("country");
    }

    private static JsonNode place(JsonNode map, String id) {
        for (JsonNode place : map.get("places")) {
            if (place.get("id").asText().equals(id)) {
                return place;
            }
        }
        throw new AssertionError("no place " + id + " on the map");
    }

    private static List<String> ties(JsonNode map) {
        List<String> ties = new ArrayList<>();
        map.get("ties").forEach(t -> ties.add(t.get("from").asText() + " " + t.get("to").asText() + " "
                + t.get("kind").asText()));
        return ties;
    }
}
