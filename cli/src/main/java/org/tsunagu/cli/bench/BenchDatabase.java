package org.tsunagu.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.tsunagu.cli.ingest.ProgressReporter;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.store.Counts;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeQuery;

/**
 * A database for the search and web benchmarks: generated articles of a {@link VariedCorpus} are
 * ingested, a thousand at a time, until its knowledge base holds the facts asked for. An existing
 * file is topped up, so that the next run starts at once.
 */
final class BenchDatabase {

    private static final int BATCH = 1_000;

    private BenchDatabase() {
    }

    static Database open(Path file, long facts, List<Document> samples, PrintWriter out) {
        Database database = Database.open(file.toString());
        long held = knowledgeFacts(database);
        if (held >= facts) {
            out.printf(Locale.ROOT, "%s holds %,d facts%n", file, held);
            return database;
        }
        out.printf(Locale.ROOT, "generating articles into %s until it holds %,d facts%n", file, facts);
        out.flush();
        Extractor extractor = Extractors.standard();
        VariedCorpus corpus = VariedCorpus.of(samples, extractor, ReferencePlaces.standard());
        Ingestor ingestor = new Ingestor(extractor, database, InOrderWorkers.allCores());
        long start = System.nanoTime();
        int first = (int) database.counts().documents();
        while (knowledgeFacts(database) < facts) {
            int from = first;
            try (ProgressReporter progress = ProgressReporter.onStandardError()) {
                ingestor.ingest(IntStream.range(from, from + BATCH).mapToObj(corpus::article)
                        .map(d -> (ReadResult) new ReadResult.Read(Path.of(d.name()), d, List.of())).iterator(), BATCH,
                        progress);
            }
            first += BATCH;
            Counts counts = database.counts();
            System.err.printf(Locale.ROOT, "%,d documents, %,d statements, %,d facts, %,d entities%n",
                    counts.documents(), counts.facts(), knowledgeFacts(database), counts.entities());
        }
        out.printf(Locale.ROOT, "ingested up to %,d documents in %.0f s%n", database.counts().documents(),
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return database;
    }

    /** Facts as the knowledge base counts them: one per real fact, however many reports. */
    private static long knowledgeFacts(Database database) {
        return database.knowledgeFacts(KnowledgeQuery.all().withLimit(1)).total();
    }
}
