package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.store.testing.ManyReports;
import org.tsunagu.store.testing.TemporaryDatabase;

class BackgroundCheckpointsTest {

    @Test
    void copiesWhatIsWrittenIntoTheFileWhileTheStoreStaysOpenWithNoWriterCheckpoint(@TempDir Path folder)
            throws IOException, InterruptedException {
        assumeFalse(TemporaryDatabase.onPostgresql(), "a SQLite file's log");
        Path file = folder.resolve("store.db");
        try (Database database = Database.open(file.toString())) {
            long before = settledSize(file);

            // Far fewer pages than the writer's own checkpoint waits for: only the thread copies them.
            ManyReports.ofOneFriendship(40).forEach(database::save);

            Instant deadline = Instant.now().plusSeconds(10);
            while (Files.size(file) == before && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(Files.size(file)).as("the file itself, not only its log, holds the new pages")
                    .isGreaterThan(before);
        }
    }

    /** The file's size once the checkpoint after opening (migrations write too) has run. */
    private static long settledSize(Path file) throws IOException, InterruptedException {
        long size = Files.size(file);
        Instant until = Instant.now().plus(Duration.ofMillis(2_500));
        while (Instant.now().isBefore(until)) {
            Thread.sleep(100);
            size = Files.size(file);
        }
        return size;
    }
}
