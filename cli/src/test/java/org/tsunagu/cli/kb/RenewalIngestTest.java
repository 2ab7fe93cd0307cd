package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;

/** The extractor and the store together on the project's Da Nang–Sakai sample: an MOU and its renewal. */
class RenewalIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ingestsTheDaNangSakaiSampleAsTwoAgreementsTheNewOneRenewingThe2014One(@TempDir Path folder) throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.copy(Path.of("../examples/articles/45-danang-sakai-portal.txt"),
                articles.resolve("45-danang-sakai-portal.txt"));
        String db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, articles.toString()).exitCode()).isEqualTo(ExitCodes.SUCCESS);

        CommandRun facts = CommandRun.of("facts", "--db", db, "--type", "agreement", "--json");

        List<String> agreements = new ArrayList<>();
        for (String line : facts.out().lines().toList()) {
            JsonNode fact = JSON.readTree(line);
            StringBuilder described = new StringBuilder(fact.at("/fact/date").asText() + " " + fact.get("sources").size()
                    + " source, " + fact.get("conflicts").size() + " conflicts");
            for (JsonNode link : fact.get("links")) {
                described.append(", ").append(link.get("relation").asText()).append(' ').append(link.get("year").asInt());
            }
            agreements.add(described.toString());
        }
        assertThat(agreements).containsExactlyInAnyOrder("2014 1 source, 0 conflicts, renewed_by 2025",
                "2025-04-01 1 source, 0 conflicts, renews 2014");
    }
}
