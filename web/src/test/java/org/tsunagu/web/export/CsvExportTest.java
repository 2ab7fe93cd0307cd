package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class CsvExportTest {

    private static final CsvMapper CSV = new CsvMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void downloadsOneSpreadsheetPerFactTypeWithAHeaderPeopleRead() throws Exception {
        server.database().save(Samples.daNangSakai());

        HttpResponse<String> response = server.get("/export/relationship.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"relationship.csv\"");
        assertThat(response.body()).startsWith("\uFEFFFact ID,Summary,Kind,Party A,Party B,Since,Status,Review state,"
                + "Confidence,Sources,Conflicts,First reported,Last reported,Evidence sentence,Evidence document,"
                + "Evidence outlet,Evidence published,Evidence URL\r\n");
        Map<String, String> row = rows(response.body()).get(0);
        assertThat(row).containsEntry("Summary", "Friendship: Da Nang — Sakai")
                .containsEntry("Party A", "Da Nang").containsEntry("Kind", "friendship")
                .containsEntry("Review state", "proposed").containsEntry("Confidence", "0.80")
                .containsEntry("Sources", "1").containsEntry("Evidence document", "da-nang-sakai")
                .containsEntry("Evidence sentence", "Đà Nẵng and Sakai have been sister cities since 1997.");
    }

    @Test
    void saysWhoPublishedTheEvidenceAndWhen() throws Exception {
        Published.store(server.database());

        Map<String, String> row = rows(server.get("/export/agreement.csv").body()).get(0);

        assertThat(row).containsEntry("Evidence document", "ferry-pact")
                .containsEntry("Evidence outlet", "Coastline Gazette")
                .containsEntry("Evidence published", "2025-04-02")
                .containsEntry("Evidence URL", "https://gazette.example/news/ferry-pact");
    }

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        server.database().save(Hostile.article());

        String csv = server.get("/export/agreement.csv").body();

        assertThat(csv).contains("\"'" + Hostile.FORMULA + "; Evil \"\"Corp\"\", <b>Ltd</b>\nBranch\"");
        assertThat(csv.lines().filter(line -> line.startsWith("="))).isEmpty();
        Map<String, String> row = rows(csv).get(0);
        assertThat(row.get("Parties")).isEqualTo("'" + Hostile.FORMULA + "; " + Hostile.MARKUP);
        assertThat(row.get("Summary")).isEqualTo("MOU: " + Hostile.FORMULA + " — " + Hostile.MARKUP + " (2024)");
    }

    @Test
    void answersAnUnknownTypeWith404() throws Exception {
        HttpResponse<String> response = server.get("/export/treaty.csv");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void writesOnlyTheHeaderWhenNothingIsStored() throws Exception {
        String csv = server.get("/export/product.csv").body();

        assertThat(csv.lines()).hasSize(1);
        assertThat(csv).startsWith("\uFEFFFact ID,Summary,Product,Origin,Categories,Showcased at,");
    }

    static List<Map<String, String>> rows(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CSV.schemaWithHeader()).with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .readValues(csv.substring(1))) {
            return rows.readAll();
        }
    }
}
