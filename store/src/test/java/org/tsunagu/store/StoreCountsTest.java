package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.testing.Samples;

class StoreCountsTest {

    private static final int BULK = 200_000;

    @TempDir
    Path folder;

    /** Statements of the first document, written straight into the file as a bulk load in another process would. */
    private static void addStatements(String file, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
                    INSERT INTO facts (id, document_id, type, payload, confidence, summary, search_text)
                    SELECT (SELECT MAX(id) FROM facts) + i, 1, 'event', '{}', 0.5, 'bulk', 'bulk' FROM n""".formatted(count));
        }
    }

    private static long nanos(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    @Test
    void countsALargeStoreOnceAndAgainOnlyAfterItChanged() throws SQLException {
        String file = folder.resolve("kb.db").toString();
        try (Database database = Database.open(file)) {
            database.save(Samples.jetroChongqing());
        }
        addStatements(file, BULK);

        try (Database database = Database.open(file)) {
            long counting = nanos(database::counts);
            long events = database.counts().facts(FactType.EVENT);
            long[] asked = LongStream.range(0, 9).map(i -> nanos(database::counts)).sorted().toArray();
            long total = database.counts().facts();

            database.save(Samples.daNangSakai());
            Counts after = database.counts();

            assertThat(events).isGreaterThanOrEqualTo(BULK);
            assertThat(asked[asked.length / 2]).as("median of %s ns against %d ns counting", Arrays.toString(asked),
                    counting).isLessThan(counting / 10);
            assertThat(after.documents()).isEqualTo(2);
            assertThat(after.facts()).isGreaterThan(total);
            assertThat(database.findFacts(org.tsunagu.store.fact.FactQuery.all()).total()).isEqualTo(after.facts());
        }
    }
}
