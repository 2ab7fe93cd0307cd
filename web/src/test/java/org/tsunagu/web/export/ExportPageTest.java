package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class ExportPageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void listsEveryDownloadWithHowManyFactsEachSpreadsheetHolds() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());

        HttpResponse<String> response = server.get("/export");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<a href=\"/export/agreement.csv\">agreement.csv</a> <span class=\"count\">1 fact</span>")
                .contains("<a href=\"/export/product.csv\">product.csv</a> <span class=\"count\">0 facts</span>")
                .contains("href=\"/export/graph.jsonld\"", "href=\"/export/graph.graphml\"", "href=\"/export/events.ics\"");
    }

    @Test
    void isLinkedFromEveryPage() throws Exception {
        assertThat(server.get("/").body()).contains("<a href=\"/export\">Export</a>");
    }
}
