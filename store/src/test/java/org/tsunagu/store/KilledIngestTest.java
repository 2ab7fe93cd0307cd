package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.testing.Samples;

/** What the ingest command relies on when it is killed and run again. */
class KilledIngestTest {

    private static final int DOCUMENTS = 2_000;

    @Test
    void reRunningAnIngestKilledMidwayStoresEveryDocumentExactlyOnce(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("tsunagu.db");
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Ingest.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("saved 300")) {
                // waiting until it is well into the ingest
            }
            assertThat(line).as("the ingest process stopped early").isEqualTo("saved 300");
            ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by Java
            assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        List<Extraction> extractions = IntStream.range(0, DOCUMENTS).mapToObj(Samples::numbered).toList();
        try (Database database = Database.open(file.toString())) {
            long storedBefore = database.counts().documents();
            assertThat(storedBefore).isBetween(300L, (long) DOCUMENTS - 1);
            assertThat(database.counts().facts()).isEqualTo(10 * storedBefore);

            extractions.forEach(database::save);

            assertThat(database.counts().documents()).isEqualTo(DOCUMENTS);
            assertThat(database.counts().facts()).isEqualTo(10L * DOCUMENTS);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(DatabaseTest.single(connection, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(DatabaseTest.single(connection, "SELECT COUNT(*) FROM evidence")).isEqualTo("" + 10 * DOCUMENTS);
        }
    }

    /** The ingest that gets killed: saves the series and says so after each document. */
    public static final class Ingest {
        public static void main(String[] args) {
            try (Database database = Database.open(args[0])) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    database.save(Samples.numbered(i));
                    System.out.println("saved " + (i + 1));
                }
            }
        }
    }
}
