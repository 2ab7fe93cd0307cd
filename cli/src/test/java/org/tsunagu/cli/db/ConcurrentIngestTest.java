package org.tsunagu.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.Database;
import org.tsunagu.store.SaveOutcome;
import org.tsunagu.store.testing.TestPostgresql;

/**
 * Several ingests at once into one PostgreSQL database, each with its own Database and
 * connections as separate processes would have, store each document, entity and fact once: the
 * graph is the one a single ingest of all the articles makes.
 */
class ConcurrentIngestTest {

    /** The first 24 samples: enough overlap between three ingests, few enough for a test of seconds. */
    private static final int ARTICLES = 24;

    private static List<Extraction> extractions;
    private final List<String> stores = new ArrayList<>();

    @BeforeAll
    static void extractTheSamples() {
        var extractor = Extractors.standard();
        extractions = new ArrayList<>();
        for (ReadResult result : ArticleFiles.of(List.of(Path.of("../examples/articles"))).readAll()) {
            if (result instanceof ReadResult.Read read && extractions.size() < ARTICLES) {
                extractions.add(extractor.extract(read.document()));
            }
        }
    }

    @AfterEach
    void dropTheStores() {
        stores.forEach(TestPostgresql::dropStore);
    }

    @Test
    void threeIngestsAtOnceOfOverlappingArticlesGiveTheGraphOfOneIngest() throws Exception {
        int third = ARTICLES / 3;
        // Each ingest shares articles with both others, one of them in the opposite order; together they hold all.
        List<List<Extraction>> ingests = List.of(
                extractions.subList(0, 2 * third),
                reversed(extractions.subList(third, ARTICLES)),
                everyOther(extractions));
        String concurrent = store();
        String sequential = store();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(ingests.size());
        List<Future<List<SaveOutcome>>> outcomes = new ArrayList<>();
        for (List<Extraction> ingest : ingests) {
            outcomes.add(threads.submit(() -> {
                try (Database database = Database.open(concurrent)) {
                    start.await();
                    // One commit per document, so that the three ingests' transactions interleave.
                    return ingest.stream().map(database::save).toList();
                }
            }));
        }
        start.countDown();
        for (Future<List<SaveOutcome>> outcome : outcomes) {
            assertThat(outcome.get()).doesNotContainNull();
        }
        threads.shutdown();
        try (Database alone = Database.open(sequential)) {
            extractions.forEach(alone::save);
        }

        try (Database together = Database.open(concurrent); Database alone = Database.open(sequential)) {
            assertThat(together.counts()).isEqualTo(alone.counts());
            assertThat(together.dump()).isEqualTo(alone.dump());
        }
    }

    @Test
    void postgresqlStoresTheGraphSqliteStores(@TempDir Path folder) {
        try (Database postgresql = Database.open(store());
                Database sqlite = Database.open(folder.resolve("samples.db").toString())) {
            extractions.forEach(postgresql::save);
            extractions.forEach(sqlite::save);

            assertThat(postgresql.counts()).isEqualTo(sqlite.counts());
            assertThat(postgresql.dump()).isEqualTo(sqlite.dump());
        }
    }

    private String store() {
        String url = TestPostgresql.createStore();
        stores.add(url);
        return url;
    }

    private static List<Extraction> reversed(List<Extraction> some) {
        List<Extraction> reversed = new ArrayList<>(some);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<Extraction> everyOther(List<Extraction> all) {
        List<Extraction> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 2) {
            chosen.add(all.get(i));
        }
        return chosen;
    }
}
