package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class IngestSpeedTest {

    private static final int DOCUMENTS = 1_000;

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void savesHundredsOfDocumentsWithTenFactsEachPerSecond() {
        List<Extraction> extractions = IntStream.range(0, DOCUMENTS).mapToObj(Samples::numbered).toList();

        long start = System.nanoTime();
        extractions.forEach(store.database()::save);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(store.database().counts().facts()).isEqualTo(10L * DOCUMENTS);
        // About 300 to 450 a second on a two-core build machine, cold JIT included; the bound is
        // generous so a busy machine does not fail it.
        assertThat(DOCUMENTS / seconds).isGreaterThan(100);
    }
}
