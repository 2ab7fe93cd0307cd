package org.tsunagu.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.TestPostgresql;

/**
 * Several ingests at once into one PostgreSQL database, each with its own connections as
 * separate processes would have, store each document, entity and fact once: the graph is the
 * one a single ingest of all the files makes.
 */
class ConcurrentIngestTest {

    private final List<String> stores = new ArrayList<>();

    @AfterEach
    void dropTheStores() {
        stores.forEach(TestPostgresql::dropStore);
    }

    @Test
    void threeIngestsAtOnceOfOverlappingFoldersGiveTheGraphOfOneIngest(@TempDir Path folder) throws Exception {
        List<Path> articles = articles();
        int third = articles.size() / 3;
        // Each folder shares files with both others; together they hold every sample.
        List<Path> folders = List.of(
                copy(articles.subList(0, 2 * third), folder.resolve("a")),
                copy(articles.subList(third, articles.size()), folder.resolve("b")),
                copy(everyOther(articles), folder.resolve("c")));
        String concurrent = store();
        String sequential = store();

        ExecutorService ingests = Executors.newFixedThreadPool(folders.size());
        List<Future<CommandRun>> runs = new ArrayList<>();
        for (Path files : folders) {
            runs.add(ingests.submit(() -> CommandRun.of("ingest", "--db", concurrent, files.toString())));
        }
        for (Future<CommandRun> run : runs) {
            assertThat(run.get().exitCode()).as(run.get().err()).isZero();
        }
        ingests.shutdown();
        Path all = copy(articles, folder.resolve("all"));
        assertThat(CommandRun.of("ingest", "--db", sequential, all.toString()).exitCode()).isZero();

        try (Database together = Database.open(concurrent); Database alone = Database.open(sequential)) {
            assertThat(together.counts()).isEqualTo(alone.counts());
            assertThat(together.counts().documents()).isEqualTo(articles.size());
            assertThat(together.dump()).isEqualTo(alone.dump());
        }
    }

    private String store() {
        String url = TestPostgresql.createStore();
        stores.add(url);
        return url;
    }

    /** The first 24 samples: enough overlap between three ingests, few enough for a test of seconds. */
    private static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/articles"))) {
            return files.filter(Files::isRegularFile).sorted().limit(24).toList();
        }
    }

    private static List<Path> everyOther(List<Path> files) {
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            chosen.add(files.get(i));
        }
        return chosen;
    }

    private static Path copy(List<Path> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        return folder;
    }
}
