package org.tsunagu.web.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.Ties;
import org.tsunagu.web.RunningServer;

class HomeNetworkTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void drawsTheMostConnectedEntitiesOnceSomethingIsStored() throws Exception {
        assertThat(server.get("/").body()).doesNotContain("data-graph=");

        server.database().save(Ties.daNang());

        assertThat(server.get("/").body()).contains("The most connected entities")
                .contains("data-graph=\"/api/graph?top=30\"").contains("src=\"/network.js\"");
    }
}
