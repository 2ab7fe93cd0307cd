package org.tsunagu.web.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.Ties;
import org.tsunagu.web.RunningServer;

class NetworkPageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTies() {
        server.database().save(Ties.daNang());
        server.database().save(Samples.jetroChongqing());
    }

    @Test
    void drawsTheNetworkAroundAnEntityFromJsonInThePage() throws Exception {
        String page = server.get("/network?entity=" + id("Sakai") + "&kinds=agreement&kinds=relationship").body();

        assertThat(page).contains("<h1>Network around Sakai</h1>")
                .contains("data-graph-json=\"{&#34;nodes&#34;:[")
                .contains("<input type=\"checkbox\" name=\"kinds\" value=\"agreement\" checked>")
                .contains("<input type=\"checkbox\" name=\"kinds\" value=\"event\">")
                .contains("src=\"/network.js\"");
    }

    @Test
    void showsThePathsToAnEntityNamedInTheForm() throws Exception {
        String page = server.get("/network?entity=" + id("Kanazawa") + "&to_name=" + RunningServer.encoded("jetro")).body();

        assertThat(page).contains("<h1>Paths from Kanazawa to JETRO</h1>").contains("Shortest paths (3 steps)")
                .containsPattern(">Kanazawa</a> → <a [^>]+>Da Nang</a> → <a [^>]+>Sakai</a> → <a [^>]+>JETRO</a>");
    }

    @Test
    void asksWhichEntityANameMeansWhenSeveralMatch() throws Exception {
        String page = server.get("/network?entity=" + id("Sakai") + "&to_name=a").body();

        assertThat(page).contains("Which “a” do you mean?").contains("to_entity=" + id("Kanazawa"));
    }

    @Test
    void showsTheMostConnectedEntitiesWhenNoneIsChosen() throws Exception {
        assertThat(server.get("/network").body()).contains("The most connected entities").contains(">Sakai</a>");
    }

    @Test
    void servesItsScriptsWithoutInlineCode() throws Exception {
        HttpResponse<String> cytoscape = server.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        HttpResponse<String> network = server.get("/network.js");

        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(network.statusCode()).isEqualTo(200);
        assertThat(network.body()).contains("cytoscape(");
        assertThat(server.get("/network?entity=" + id("Sakai")).body()).doesNotContainPattern("<script>|<script [^>]*>[^<]");
    }

    private long id(String name) {
        return EntityIds.of(server.database(), name);
    }
}
