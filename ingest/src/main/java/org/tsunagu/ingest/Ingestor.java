package org.tsunagu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.ingest.IngestReport.Failure;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.SaveOutcome;

/**
 * Extracts the facts of each read article on worker threads and stores them, one transaction per
 * document, in input order on the calling thread. A document already stored is not extracted
 * again; a document that fails to extract or store is reported and the rest go on.
 */
public final class Ingestor {

    private final Extractor extractor;
    private final Database database;
    private final InOrderWorkers workers;

    public Ingestor(Extractor extractor, Database database, InOrderWorkers workers) {
        this.extractor = extractor;
        this.database = database;
        this.workers = workers;
    }

    public IngestReport ingest(Iterator<ReadResult> files, long fileCount, IngestListener listener) {
        long startNanos = System.nanoTime();
        Tally tally = new Tally(fileCount, listener);
        listener.started(fileCount);
        workers.run(files, this::extract, tally::record);
        return tally.report(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Step extract(ReadResult file) {
        if (file instanceof ReadResult.Unreadable unreadable) {
            return new Step.Failed(unreadable.path(), unreadable.reason(), List.of());
        }
        ReadResult.Read read = (ReadResult.Read) file;
        if (database.contains(read.document().contentHash())) {
            return new Step.Known(read.path(), read.warnings());
        }
        try {
            return new Step.Extracted(read.path(), extractor.extract(read.document()), read.warnings());
        } catch (RuntimeException e) {
            return new Step.Failed(read.path(), "extraction failed: " + e, read.warnings());
        }
    }

    /** What a worker made of one file, for the storing thread. */
    private sealed interface Step {

        Path path();

        List<String> warnings();

        record Extracted(Path path, Extraction extraction, List<String> warnings) implements Step {
        }

        record Known(Path path, List<String> warnings) implements Step {
        }

        record Failed(Path path, String reason, List<String> warnings) implements Step {
        }
    }

    /** The running counts, kept by the storing thread only. */
    private final class Tally {

        private final long fileCount;
        private final IngestListener listener;
        private final List<Failure> failures = new ArrayList<>();
        private final Map<FactType, Integer> newFacts = IngestReport.emptyCounts();
        private int newDocuments;
        private int unchangedDocuments;
        private long done;

        Tally(long fileCount, IngestListener listener) {
            this.fileCount = fileCount;
            this.listener = listener;
        }

        void record(Step step) {
            step.warnings().forEach(warning -> listener.warned(step.path(), warning));
            if (step instanceof Step.Failed failed) {
                fail(failed.path(), failed.reason());
            } else if (step instanceof Step.Known) {
                unchangedDocuments++;
            } else {
                store((Step.Extracted) step);
            }
            listener.advanced(++done, Math.max(done, fileCount));
        }

        private void store(Step.Extracted step) {
            try {
                if (database.save(step.extraction()) == SaveOutcome.NEW) {
                    newDocuments++;
                    for (Fact fact : step.extraction().facts()) {
                        newFacts.merge(fact.type(), 1, Integer::sum);
                    }
                } else {
                    unchangedDocuments++;
                }
            } catch (RuntimeException e) {
                fail(step.path(), "could not be stored: " + e.getMessage());
            }
        }

        private void fail(Path path, String reason) {
            failures.add(new Failure(path, reason));
            listener.failed(path, reason);
        }

        IngestReport report(Duration elapsed) {
            return new IngestReport(newDocuments, unchangedDocuments, failures, newFacts, elapsed);
        }
    }
}
