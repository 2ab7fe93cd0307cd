package org.tsunagu.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.json.ExtractionJson;
import org.tsunagu.store.Database;

/**
 * {@code load} of the lines a Spark run writes (made here in-process: the spark module's test
 * shows the job's lines are these) against {@code ingest} of the same files.
 */
class LoadCommandTest {

    private static final String ARTICLES = "../examples/articles";

    @TempDir
    static Path run;
    /** The samples a run wrote, one line each. */
    private static int samples;

    @TempDir
    Path folder;

    @BeforeAll
    static void writeTheLinesOfASparkRun() throws Exception {
        Extractor extractor = Extractors.standard();
        List<String> lines = new ArrayList<>();
        for (ReadResult result : ArticleFiles.of(List.of(Path.of(ARTICLES))).readAll()) {
            lines.add(ExtractionJson.write(extractor.extract(((ReadResult.Read) result).document())).toString());
        }
        samples = lines.size();
        Path documents = Files.createDirectories(run.resolve("documents"));
        int half = lines.size() / 2;
        Files.write(documents.resolve("part-00000.txt"), lines.subList(0, half));
        Files.write(documents.resolve("part-00001.txt"), lines.subList(half, lines.size()));
        Files.writeString(documents.resolve("_SUCCESS"), "");
        Files.writeString(documents.resolve(".part-00000.txt.crc"), "binary checksum");
    }

    private String db(String name) {
        return folder.resolve(name + ".db").toString();
    }

    @Test
    void loadGivesTheKnowledgeBaseIngestGives() {
        assertThat(CommandRun.of("ingest", "--db", db("ingested"), ARTICLES).exitCode()).isEqualTo(ExitCodes.SUCCESS);

        CommandRun load = CommandRun.of("load", "--db", db("loaded"), run.toString());

        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(load.out()).contains(samples + " new, 0 unchanged, 0 failed");
        try (Database ingested = Database.open(db("ingested")); Database loaded = Database.open(db("loaded"))) {
            assertThat(loaded.counts()).isEqualTo(ingested.counts());
            assertThat(loaded.dump()).isEqualTo(ingested.dump());
        }
        CommandRun search = CommandRun.of("search", "--db", db("loaded"), "Shizuoka");
        assertThat(search.out()).isEqualTo(CommandRun.of("search", "--db", db("ingested"), "Shizuoka").out());
    }

    @Test
    void loadingTwiceChangesNothing() {
        CommandRun.of("load", "--db", db("kb"), run.resolve("documents").toString());
        String before;
        try (Database database = Database.open(db("kb"))) {
            before = database.dump();
        }

        CommandRun again = CommandRun.of("load", "--db", db("kb"), run.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(again.out()).contains("0 new, " + samples + " unchanged, 0 failed");
        try (Database database = Database.open(db("kb"))) {
            assertThat(database.dump()).isEqualTo(before);
        }
    }

    @Test
    void reportsLinesThatAreNotExtractionsAndStoresTheRest() throws Exception {
        List<String> lines = Files.readAllLines(run.resolve("documents").resolve("part-00000.txt"));
        Path broken = folder.resolve("broken.jsonl");
        Files.write(broken, List.of(lines.get(0), "{\"id\": \"cut", lines.get(1).replace("\"text\":\"", "\"text\":\"Edited: "), lines.get(2)));

        CommandRun load = CommandRun.of("load", "--db", db("kb"), broken.toString());

        assertThat(load.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(load.out()).contains("2 new, 0 unchanged, 2 failed")
                .contains("broken.jsonl:2: not an extraction line")
                .contains("broken.jsonl:3: not an extraction line (text does not match its sha256");
    }

    @Test
    void refusesAFolderThatIsNotThere() {
        CommandRun load = CommandRun.of("load", "--db", db("kb"), folder.resolve("nothing").toString());

        assertThat(load.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(load.err()).contains("no such file or folder");
    }
}
