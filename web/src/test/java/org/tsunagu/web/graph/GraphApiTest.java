package org.tsunagu.web.graph;

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
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.Ties;
import org.tsunagu.web.RunningServer;

class GraphApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTies() {
        server.database().save(Ties.daNang());
        server.database().save(Samples.jetroChongqing());
    }

    @Test
    void givesTheNeighbourhoodOfAnEntity() throws Exception {
        JsonNode graph = json(server.get("/api/graph?entity=" + id("Sakai")));

        assertThat(names(graph)).containsExactlyInAnyOrder("Sakai", "Da Nang", "JETRO");
        assertThat(graph.get("edges")).extracting(e -> e.get("kind").asText())
                .containsExactlyInAnyOrder("relationship", "agreement");
        assertThat(graph.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void keepsToTheKindsAsked() throws Exception {
        JsonNode graph = json(server.get("/api/graph?entity=" + id("Sakai") + "&kinds=agreement"));

        assertThat(names(graph)).containsExactlyInAnyOrder("Sakai", "JETRO");
        assertThat(graph.get("edges")).singleElement().satisfies(e -> assertThat(e.get("kind").asText())
                .isEqualTo("agreement"));
    }

    @Test
    void reachesTwoStepsAndKeepsToTheYearsAsked() throws Exception {
        JsonNode deep = json(server.get("/api/graph?entity=" + id("Sakai") + "&depth=2"));
        JsonNode recent = json(server.get("/api/graph?entity=" + id("Sakai") + "&from=2015&to=2030"));

        assertThat(names(deep)).contains("Kanazawa", "Chongqing Municipal Government");
        assertThat(names(recent)).containsExactlyInAnyOrder("Sakai", "JETRO");
    }

    @Test
    void givesTheMostConnectedEntitiesWithoutAnEntity() throws Exception {
        JsonNode graph = json(server.get("/api/graph?top=3"));

        assertThat(names(graph)).hasSize(3);
        assertThat(graph.get("edges")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void givesTheShortestPathsBetweenTwoEntities() throws Exception {
        JsonNode body = json(server.get("/api/graph/paths?from=" + id("Kanazawa") + "&to=" + id("JETRO")));

        assertThat(body.get("length").asInt()).isEqualTo(3);
        List<Long> path = new ArrayList<>();
        body.get("paths").get(0).forEach(id -> path.add(id.asLong()));
        assertThat(path).containsExactly(id("Kanazawa"), id("Da Nang"), id("Sakai"), id("JETRO"));
        assertThat(names(body)).hasSize(4);
    }

    @Test
    void answersUnknownEntitiesWith404() throws Exception {
        assertThat(error(server.get("/api/graph?entity=424242"), 404)).isEqualTo("no entity 424242");
        assertThat(error(server.get("/api/graph/paths?from=" + id("JETRO") + "&to=424242"), 404))
                .isEqualTo("no entity 424242");
    }

    @Test
    void answersBadParametersWith400NamingThem() throws Exception {
        String sakai = "/api/graph?entity=" + id("Sakai");
        assertThat(error(server.get(sakai + "&depth=3"), 400)).contains("depth");
        assertThat(error(server.get(sakai + "&kinds=agreement,treaty"), 400)).contains("kinds").contains("treaty");
        assertThat(error(server.get(sakai + "&from=2020&to=2010"), 400)).contains("from").contains("to");
        assertThat(error(server.get(sakai + "&from=year"), 400)).contains("from");
        assertThat(error(server.get("/api/graph?entity=abc"), 400)).contains("entity");
        assertThat(error(server.get("/api/graph/paths?from=" + id("Sakai")), 400)).contains("to is required");
    }

    private long id(String name) {
        return EntityIds.of(server.database(), name);
    }

    private static List<String> names(JsonNode graph) {
        List<String> names = new ArrayList<>();
        graph.get("nodes").forEach(n -> names.add(n.get("name").asText()));
        return names;
    }
}
