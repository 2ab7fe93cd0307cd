package org.tsunagu.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.Ties;
import org.tsunagu.web.RunningServer;

/** What the network page asks the API for: the facts behind an edge, hidden countries and hubs, the view as GraphML. */
class NetworkViewApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTies() {
        server.database().save(Ties.daNang());
        server.database().save(Samples.jetroChongqing());
    }

    @Test
    void givesTheFactsBehindAnEdgeWithTheirSentencesAndDocuments() throws Exception {
        JsonNode tie = json(server.get("/api/graph/ties?source=" + id("Da Nang") + "&target=" + id("Sakai")
                + "&kinds=relationship"));

        assertThat(tie.get("source").get("name").asText()).isEqualTo("Da Nang");
        assertThat(tie.get("total").asInt()).isEqualTo(1);
        JsonNode fact = tie.get("facts").get(0);
        assertThat(fact.get("url").asText()).isEqualTo("/facts/" + fact.get("id").asLong());
        JsonNode source = fact.get("sources").get(0);
        assertThat(source.get("sentence").asText()).isEqualTo("Da Nang and Sakai have been sister cities since 1997.");
        assertThat(source.get("url").asText()).startsWith("/documents/" + source.get("document_id").asLong() + "?fact=");
        assertThat(server.get(source.get("url").asText()).body()).contains("da-nang-ties").contains("sister cities");
    }

    @Test
    void givesNoFactsForAKindThatDoesNotTieThem() throws Exception {
        JsonNode tie = json(server.get("/api/graph/ties?source=" + id("Da Nang") + "&target=" + id("Sakai")
                + "&kinds=agreement"));

        assertThat(tie.get("total").asInt()).isZero();
        assertThat(error(server.get("/api/graph/ties?source=" + id("Da Nang") + "&target=424242"), 404))
                .isEqualTo("no entity 424242");
    }

    @Test
    void namesTheCountryOfEachEntity() throws Exception {
        JsonNode graph = json(server.get("/api/graph?entity=" + id("Da Nang")));

        assertThat(graph.get("nodes")).anySatisfy(n -> {
            assertThat(n.get("name").asText()).isEqualTo("Sakai");
            assertThat(n.get("country").asText()).isEqualTo("Japan");
        });
        assertThat(graph.get("countries")).extracting(c -> c.get("name").asText()).contains("Japan", "Vietnam");
    }

    @Test
    void hidesTheEntitiesOfAChosenCountryButNotTheCentre() throws Exception {
        JsonNode graph = json(server.get("/api/graph?entity=" + id("Da Nang") + "&hide_country=Japan"
                + "&hide_country=Vietnam"));

        assertThat(names(graph)).containsExactly("Da Nang");
        assertThat(graph.get("edges")).isEmpty();
        assertThat(graph.get("countries")).extracting(c -> c.get("name").asText()).contains("Japan");
    }

    @Test
    void hidesHubs() throws Exception {
        JsonNode graph = json(server.get("/api/graph?entity=" + id("Kanazawa") + "&depth=2&max_ties=1"));

        assertThat(names(graph)).contains("Kanazawa", "Sakai").doesNotContain("Da Nang");
    }

    @Test
    void exportsTheNetworkAsDrawnAsGraphMl() throws Exception {
        HttpResponse<String> export = server.get("/export/network.graphml?entity=" + id("Sakai")
                + "&kinds=relationship&kinds=agreement&hide_country=Vietnam");

        assertThat(export.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"network.graphml\"");
        assertThat(export.body()).contains("<data key=\"n_label\">Sakai</data>", "<data key=\"n_label\">JETRO</data>")
                .doesNotContain("<data key=\"n_label\">Da Nang</data>", "Kanazawa")
                .contains("<data key=\"e_type\">agreement</data>");
    }

    @Test
    void answersAnUnknownColouringWith400() throws Exception {
        assertThat(server.get("/network?colour=rainbow").statusCode()).isEqualTo(400);
        assertThat(server.get("/network?colour=country&max_ties=3&hide_country=Japan").statusCode()).isEqualTo(200);
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
