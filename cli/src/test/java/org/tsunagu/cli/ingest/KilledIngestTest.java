package org.tsunagu.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.Main;

/**
 * Kills a real ingest process with SIGKILL while it writes, runs the same command again, and
 * checks that every document ends stored exactly once.
 */
class KilledIngestTest {

    private static final int ARTICLES = 3_000;
    private static final String[] CITIES = {"Kobe", "Hue", "Sendai", "Can Tho", "Nagoya", "Cebu", "Busan", "Chiang Mai"};

    @TempDir
    Path folder;

    @Test
    void rerunAfterSigkillStoresEveryDocumentExactlyOnce() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            String a = CITIES[i % CITIES.length];
            String b = CITIES[(i / CITIES.length + 1 + i) % CITIES.length];
            Files.writeString(articles.resolve(String.format("article-%05d.txt", i)), String.format(
                    "%s, June %d, 2024 - Mayor Ito Ken%d of %s received a trade delegation from %s. "
                    + "The two cities signed a memorandum of understanding on port logistics, number %d.%n",
                    a, 1 + i % 28, i, a, b, i));
        }
        Path db = folder.resolve("kb.db");

        Process first = ingest(articles, db).start();
        long storedBeforeKill = waitForSomeDocuments(db, first);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(storedBeforeKill).as("killed mid-ingest").isBetween(1L, (long) ARTICLES - 1);

        Path errors = folder.resolve("rerun-errors.txt");
        Process second = ingest(articles, db).redirectOutput(ProcessBuilder.Redirect.PIPE)
                .redirectError(errors.toFile()).start();
        String summary = new String(second.getInputStream().readAllBytes());
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(second.exitValue()).as(summary + Files.readString(errors)).isZero();
        assertThat(countDocuments(db)).isEqualTo(ARTICLES);
        assertThat(distinctHashes(db)).isEqualTo(ARTICLES);
        assertThat(summary).contains("0 failed");
    }

    private static ProcessBuilder ingest(Path articles, Path db) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--db", db.toString(), articles.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static long waitForSomeDocuments(Path db, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(db)) {
                try {
                    long stored = countDocuments(db);
                    if (stored >= 20) {
                        return stored;
                    }
                } catch (SQLException notReadyYet) {
                    // the schema is still being created by the other process
                }
            }
            Thread.sleep(10);
        }
        return countDocuments(db);
    }

    private static long countDocuments(Path db) throws SQLException {
        return query(db, "SELECT COUNT(*) FROM documents");
    }

    private static long distinctHashes(Path db) throws SQLException {
        return query(db, "SELECT COUNT(DISTINCT content_hash) FROM documents");
    }

    private static long query(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
