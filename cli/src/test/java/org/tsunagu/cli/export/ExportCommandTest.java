package org.tsunagu.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;

class ExportCommandTest {

    @TempDir
    static Path folder;
    private static String db;

    @BeforeAll
    static void ingestTheSamples() {
        db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, "../examples/articles").exitCode()).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void writesASpreadsheetPerFactTypeIntoTheFolder() throws Exception {
        Path out = folder.resolve("sheets");

        CommandRun run = CommandRun.of("export", "--db", db, "--format", "csv", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("agreement.csv",
                    "relationship.csv", "role.csv", "event.csv", "investment.csv", "product.csv");
        }
        List<String> agreements = Files.readAllLines(out.resolve("agreement.csv"), StandardCharsets.UTF_8);
        assertThat(agreements.get(0)).startsWith("\uFEFFFact ID,Summary,Kind,Parties,Date,");
        assertThat(agreements).anySatisfy(row -> assertThat(row).contains("JETRO"));
        assertThat(run.err()).contains("agreement.csv: " + (agreements.size() - 1) + " rows");
    }

    @Test
    void writesOneFormatToTheFileNamed() throws Exception {
        Path graph = folder.resolve("kb.jsonld");

        CommandRun run = CommandRun.of("export", "--db", db, "--format", "jsonld", "--out", graph.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(new ObjectMapper().readTree(graph.toFile()).get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(graph.resolveSibling("kb.jsonld.part")).doesNotExist();
    }

    @Test
    void namesTheFileItselfInAFolder() throws Exception {
        Path calendars = Files.createDirectories(folder.resolve("calendars"));

        CommandRun run = CommandRun.of("export", "--db", db, "--format", "ICS", "--out", calendars.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(Files.readString(calendars.resolve("events.ics"))).startsWith("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void refusesEveryCsvFileWithoutAFolder() {
        CommandRun run = CommandRun.of("export", "--db", db, "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void refusesACalendarOfAnotherFactType() {
        CommandRun run = CommandRun.of("export", "--db", db, "--format", "ics", "--type", "agreement",
                "--out", folder.resolve("x.ics").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("events only");
        assertThat(folder.resolve("x.ics")).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormat() {
        CommandRun run = CommandRun.of("export", "--db", db, "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("xlsx");
    }
}
