package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.Database;

/**
 * Property: ingesting all the sample articles twice, in any order, gives the same graph as
 * ingesting them once in file order. Compared through the store's dump, which names entities
 * and facts rather than their ids.
 */
class IngestOrderTest {

    private static List<Extraction> extractions;
    private static String expected;

    @BeforeAll
    static void extractTheSamplesAndIngestThemInFileOrder(@TempDir Path folder) {
        var extractor = Extractors.standard();
        extractions = new ArrayList<>();
        for (ReadResult result : ArticleFiles.of(List.of(Path.of("../examples/articles"))).readAll()) {
            if (result instanceof ReadResult.Read read) {
                extractions.add(extractor.extract(read.document()));
            }
        }
        try (Database database = Database.open(folder.resolve("file-order.db").toString())) {
            extractions.forEach(database::save);
            expected = database.dump();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void anyOrderTwiceGivesTheSameGraph(long seed, @TempDir Path folder) {
        List<Extraction> twice = new ArrayList<>(extractions);
        twice.addAll(extractions);
        Collections.shuffle(twice, new Random(seed));

        try (Database database = Database.open(folder.resolve("shuffled.db").toString())) {
            twice.forEach(database::save);

            assertThat(database.dump()).isEqualTo(expected);
        }
        assertThat(extractions).hasSizeGreaterThan(30);
    }
}
