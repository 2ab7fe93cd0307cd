package org.tsunagu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.Database;
import org.tsunagu.store.StoreFailure;

class IngestorTest {

    @TempDir
    Path folder;

    @Test
    void stopsAtTheFirstFailureOfTheWholeStoreInsteadOfRepeatingItForEveryFile() throws Exception {
        Path file = folder.resolve("full.db");
        Database.open(file.toString()).close();
        List<ReadResult> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = ("Osaka Prefecture and Chonburi Province signed memorandum " + i + " on logistics. ").repeat(100);
            articles.add(new ReadResult.Read(folder.resolve(i + ".txt"), Document.of(i + ".txt", "test", text), List.of()));
        }
        AtomicInteger failures = new AtomicInteger();
        IngestListener counting = new IngestListener() {
            @Override
            public void failed(Path path, String reason) {
                failures.incrementAndGet();
            }
        };

        // SQLite's own cap on the file's pages stands in for a full disk.
        try (Database full = Database.open("jdbc:sqlite:" + file + "?max_page_count=" + pageCount(file))) {
            Ingestor ingestor = new Ingestor(Extractors.standard(), full, new InOrderWorkers(1));

            assertThatThrownBy(() -> ingestor.ingest(articles.iterator(), articles.size(), counting))
                    .isInstanceOf(StoreFailure.class).hasMessageContaining("disk");
        }
        assertThat(failures).hasValue(0);
    }

    /** Text that gives facts when read: marked as Vietnamese, it stands for any article not in English. */
    private static Document markedVietnamese() {
        return new Document("hue.txt", "test", "Hue City and Okayama Prefecture signed a memorandum of understanding"
                + " on cultural exchange on March 3, 2025.", DocumentInfo.NONE.withLanguage("vi"));
    }

    @Test
    void storesAnArticleNotInEnglishWithoutReadingItsFacts() {
        try (Database database = Database.open(folder.resolve("kb.db").toString())) {
            Ingestor ingestor = new Ingestor(Extractors.standard(), database, new InOrderWorkers(1));
            List<ReadResult> files = List.of(new ReadResult.Read(folder.resolve("hue.txt"), markedVietnamese(), List.of()));

            IngestReport report = ingestor.ingest(files.iterator(), 1, IngestListener.SILENT);

            assertThat(report.newDocuments()).isEqualTo(1);
            assertThat(report.newFacts()).isZero();
            assertThat(report.unreadLanguages()).containsExactly("vi");
            assertThat(database.counts().facts()).isZero();
        }
    }

    @Test
    void dropsTheFactsExtractedElsewhereFromAnArticleNotInEnglish() {
        Extraction extracted = Extractors.standard().extract(markedVietnamese());
        assertThat(extracted.facts()).isNotEmpty();
        try (Database database = Database.open(folder.resolve("kb.db").toString())) {
            List<Recorded> records = List.of(new Recorded.Extracted(folder.resolve("hue.jsonl"), extracted));

            IngestReport report = Ingestor.storingOnly(database, new InOrderWorkers(1))
                    .store(records.iterator(), 1, IngestListener.SILENT);

            assertThat(report.unreadLanguages()).containsExactly("vi");
            assertThat(database.counts().documents()).isEqualTo(1);
            assertThat(database.counts().facts()).isZero();
        }
    }

    @Test
    void readsFilesOnTheWorkersAndReportsThemInWalkOrder() throws Exception {
        Files.createDirectories(folder.resolve("corpus"));
        for (int i = 0; i < 24; i++) {
            Files.writeString(folder.resolve(String.format("corpus/%02d.txt", i)), i == 7 ? "" : "Osaka Prefecture and"
                    + " Chonburi Province signed memorandum " + i + " on logistics on March 3, 2025.");
        }
        ArticleFiles files = ArticleFiles.of(List.of(folder.resolve("corpus")));
        List<Long> advanced = new ArrayList<>();
        List<Path> failed = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void advanced(long done, long total) {
                advanced.add(done);
            }

            @Override
            public void failed(Path path, String reason) {
                failed.add(path);
            }
        };
        try (Database database = Database.open(folder.resolve("kb.db").toString())) {
            Ingestor ingestor = new Ingestor(Extractors.standard(), database, new InOrderWorkers(3));

            IngestReport first = ingestor.ingest(files, listener);
            IngestReport again = ingestor.ingest(files, IngestListener.SILENT);

            assertThat(first.newDocuments()).isEqualTo(23);
            assertThat(first.newFacts()).isPositive();
            assertThat(failed).containsExactly(folder.resolve("corpus/07.txt"));
            assertThat(advanced).isEqualTo(LongStream.rangeClosed(1, 24).boxed().toList());
            assertThat(again.newDocuments()).isZero();
            assertThat(again.unchangedDocuments()).isEqualTo(23);
            assertThat(database.counts().documents()).isEqualTo(23);
        }
    }

    private static long pageCount(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA page_count")) {
            result.next();
            return result.getLong(1);
        }
    }
}
