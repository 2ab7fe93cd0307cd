package org.tsunagu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.ingest.IngestReport.Failure;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.PreparedExtraction;
import org.tsunagu.store.SaveOutcome;
import org.tsunagu.store.StoreFailure;

/**
 * Extracts the facts of each read article on worker threads, which also prepare them for the
 * store, and stores them in input order on the calling thread, in batches of documents per
 * commit, each document whole or not at all. A
 * document already stored is not extracted again; a document that fails to extract or store is
 * reported and the rest go on, but a failure of the whole store (disk full, read-only or damaged
 * file) stops the run at once as a {@link StoreFailure}. A killed run loses at most the batch
 * being written, which the next run stores.
 */
public final class Ingestor {

    /** Documents per commit: committing each document alone took a third of the time of storing it. */
    private static final int BATCH = 200;
    /**
     * Documents extracted ahead of the one being stored. While a batch is written the workers go
     * on extracting the next one, which takes about as long on two cores: with only a few in
     * flight they waited for every commit, and extracting and storing took turns.
     */
    private static final int AHEAD = 2 * BATCH;

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
        workers.run(new Checked(files), this::extract, tally::record, AHEAD);
        tally.flush();
        return tally.report(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Step extract(Candidate candidate) {
        ReadResult file = candidate.file();
        if (file instanceof ReadResult.Unreadable unreadable) {
            return new Step.Failed(unreadable.path(), unreadable.reason(), List.of());
        }
        ReadResult.Read read = (ReadResult.Read) file;
        if (candidate.alreadyStored()) {
            return new Step.Known(read.path(), read.warnings());
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(read.document());
        } catch (RuntimeException e) {
            return new Step.Failed(read.path(), "extraction failed: " + e, read.warnings());
        }
        return new Step.Extracted(read.path(), database.prepare(extraction), read.warnings());
    }

    /** A file, and whether its text is stored already, so that it is not extracted again. */
    private record Candidate(ReadResult file, boolean alreadyStored) {
    }

    /**
     * Asks the store about each file as the storing thread takes it from the input, between
     * batches, so workers never wait on the database while a batch is being written.
     */
    private final class Checked implements Iterator<Candidate> {

        private final Iterator<ReadResult> files;

        Checked(Iterator<ReadResult> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            return files.hasNext();
        }

        @Override
        public Candidate next() {
            ReadResult file = files.next();
            return new Candidate(file, file instanceof ReadResult.Read read
                    && database.contains(read.document().contentHash()));
        }
    }

    /** What a worker made of one file, for the storing thread. */
    private sealed interface Step {

        Path path();

        List<String> warnings();

        record Extracted(Path path, PreparedExtraction prepared, List<String> warnings) implements Step {
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
        private final List<Step.Extracted> pending = new ArrayList<>();
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
                pending.add((Step.Extracted) step);
                if (pending.size() >= BATCH) {
                    flush();
                }
            }
            listener.advanced(++done, Math.max(done, fileCount));
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Optional<SaveOutcome>> outcomes;
            try {
                outcomes = database.saveAllPrepared(pending.stream().map(Step.Extracted::prepared).toList());
            } catch (StoreFailure e) {
                // The next batch would fail the same way, and the next: stop at the first.
                throw e;
            } catch (RuntimeException e) {
                pending.forEach(step -> fail(step.path(), "could not be stored: " + e.getMessage()));
                pending.clear();
                return;
            }
            for (int i = 0; i < pending.size(); i++) {
                Step.Extracted step = pending.get(i);
                Optional<SaveOutcome> outcome = outcomes.get(i);
                if (outcome.isPresent()) {
                    count(step, outcome.get());
                } else {
                    saveAlone(step);
                }
            }
            pending.clear();
        }

        /** A document that failed in a batch is saved alone, which says why it fails. */
        private void saveAlone(Step.Extracted step) {
            try {
                count(step, database.saveAllPrepared(List.of(step.prepared())).get(0).orElseThrow());
            } catch (StoreFailure e) {
                throw e;
            } catch (RuntimeException e) {
                fail(step.path(), "could not be stored: " + e.getMessage());
            }
        }

        private void count(Step.Extracted step, SaveOutcome outcome) {
            if (outcome == SaveOutcome.NEW) {
                newDocuments++;
                for (Fact fact : step.prepared().extraction().facts()) {
                    newFacts.merge(fact.type(), 1, Integer::sum);
                }
            } else {
                unchangedDocuments++;
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
