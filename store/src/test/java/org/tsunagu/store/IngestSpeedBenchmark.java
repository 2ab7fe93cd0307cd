package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.testing.Samples;

/**
 * A benchmark that prints figures rather than asserting a speed, left out of the test suite by its name: the median rate of saving a
 * series of documents with ten facts each into a fresh file, over several runs (the first warms
 * the JIT and is not counted). Run alone with
 * {@code ./mvnw -q -B test -pl store -Dtest=IngestSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class IngestSpeedBenchmark {

    private static final int DOCUMENTS = 2_000;
    private static final int RUNS = 5;

    @ParameterizedTest(name = "{0} documents per commit")
    @ValueSource(ints = {1, 100})
    void printsTheMedianSavingRateOfDocumentsWithTenFactsEach(int batch, @TempDir Path folder) {
        List<Extraction> extractions = IntStream.range(0, DOCUMENTS).mapToObj(Samples::numbered).toList();
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            try (Database database = Database.open(folder.resolve("run-" + run + ".db").toString())) {
                long start = System.nanoTime();
                for (int from = 0; from < DOCUMENTS; from += batch) {
                    database.saveAll(extractions.subList(from, Math.min(DOCUMENTS, from + batch)));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(database.counts().documents()).isEqualTo(DOCUMENTS);
                if (run > 0) {
                    rates.add(DOCUMENTS / seconds);
                }
            }
        }
        Collections.sort(rates);
        System.out.printf(Locale.ROOT, "ingest speed, %d per commit: median %.0f documents/s (min %.0f, max %.0f) over"
                + " %d runs of %,d documents with 10 facts each%n", batch, rates.get(RUNS / 2), rates.get(0),
                rates.get(RUNS - 1), RUNS, DOCUMENTS);
    }
}
