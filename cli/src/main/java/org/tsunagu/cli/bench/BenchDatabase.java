package org.tsunagu.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tsunagu.cli.ingest.ProgressReporter;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.store.Counts;
import org.tsunagu.store.Database;

/**
 * A database for the search and web benchmarks: generated articles are ingested, a thousand at a
 * time, until it holds the facts asked for. An existing file is topped up, so that the next run
 * starts at once.
 */
final class BenchDatabase {

    private static final int BATCH = 1_000;

    private BenchDatabase() {
    }

    static Database open(Path file, long facts, List<Document> samples, int size, PrintWriter out) {
        Database database = Database.open(file.toString());
        Counts counts = database.counts();
        if (counts.facts() >= facts) {
            return database;
        }
        out.printf(Locale.ROOT, "generating articles into %s until it holds %,d facts%n", file, facts);
        out.flush();
        Ingestor ingestor = new Ingestor(Extractors.standard(), database, InOrderWorkers.allCores());
        long start = System.nanoTime();
        int first = (int) counts.documents();
        while (counts.facts() < facts) {
            BenchCorpus batch = BenchCorpus.generate(samples, first, BATCH, size);
            try (ProgressReporter progress = ProgressReporter.onStandardError()) {
                ingestor.ingest(batch.documents().stream()
                        .map(d -> (ReadResult) new ReadResult.Read(Path.of(d.name()), d, List.of())).iterator(), BATCH,
                        progress);
            }
            first += BATCH;
            counts = database.counts();
            System.err.printf(Locale.ROOT, "%,d documents, %,d facts%n", counts.documents(), counts.facts());
        }
        out.printf(Locale.ROOT, "ingested up to %,d documents in %.0f s%n", counts.documents(),
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return database;
    }
}
