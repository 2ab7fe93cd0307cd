package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.Renewal;
import org.tsunagu.web.RunningServer;

/** The Da Nang–Sakai sample's new MOU exported as the renewal of the 2014 one. */
class RenewalExportTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void exportsTheLinkInTheSpreadsheetAndTheLinkedData() throws Exception {
        server.database().save(Renewal.daNangSakaiSample());

        List<Map<String, String>> rows = CsvExportTest.rows(server.get("/export/agreement.csv").body());
        JsonNode graph = new ObjectMapper().readTree(server.get("/export/graph.jsonld").body());

        assertThat(rows).extracting(row -> row.get("Date") + ": " + row.get("Renewals").replaceAll("\\d+\\)", "N)"))
                .containsExactlyInAnyOrder("2014: renewed in 2025 (fact N)", "2025-04-01: renews the 2014 MOU (fact N)");
        JsonNode renewal = null;
        JsonNode renewed = null;
        for (JsonNode node : graph.get("@graph")) {
            String name = node.path("name").asText();
            if (name.startsWith("MOU:") && name.endsWith("(2025-04-01)")) {
                renewal = node;
            } else if (name.startsWith("MOU:") && name.endsWith("(2014)")) {
                renewed = node;
            }
        }
        assertThat(renewal).isNotNull();
        assertThat(renewed).isNotNull();
        assertThat(renewal.get("object").get("@id").asText()).isEqualTo(renewed.get("@id").asText());
    }
}
