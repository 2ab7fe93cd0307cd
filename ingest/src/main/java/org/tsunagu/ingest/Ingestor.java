package org.tsunagu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.ingest.IngestReport.Failure;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.UnreadLanguage;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.PreparedExtraction;
import org.tsunagu.store.SaveOutcome;
import org.tsunagu.store.StoreFailure;

/**
 * Reads each article and extracts its facts on worker threads (or takes those extracted elsewhere),
 * which also prepare them for the store, and stores them in input order on the calling thread, in
 * batches of documents per commit, each document whole or not at all. A document already stored
 * is not extracted again; a document that fails to extract or store is reported and the rest go
 * on, but a failure of the whole store (disk full, read-only or damaged file) stops the run at once
 * as a {@link StoreFailure}. An article in a language extraction does not read ({@link UnreadLanguage})
 * is stored without facts. A killed run loses at most the batch being written, which the next run
 * stores.
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

    /** An ingestor for {@link #store} alone: it extracts nothing, so it loads no extractor. */
    public static Ingestor storingOnly(Database database, InOrderWorkers workers) {
        return new Ingestor(document -> {
            throw new IllegalStateException("this ingestor stores extractions made elsewhere only");
        }, database, workers);
    }

    /** Extracts and stores files read already (an upload, a test's documents), {@code fileCount} of them. */
    public IngestReport ingest(Iterator<ReadResult> files, long fileCount, IngestListener listener) {
        return run(new Mapped<>(files, file -> () -> article(file)), fileCount, listener);
    }

    /**
     * The same for files still to be read, which the workers read as well as extract: read on the
     * storing thread, they took a third of its time at 100,000 stored articles, where that thread
     * sets the pace of the whole run.
     */
    public IngestReport ingest(ArticleFiles files, IngestListener listener) {
        return run(new Mapped<>(files.unread(), file -> () -> article(file.get())), files.count(), listener);
    }

    /**
     * Stores documents whose facts were extracted elsewhere (by the Spark job) as {@link #ingest}
     * stores the files it extracts: the same batches, entity resolution and counts, and a document
     * already stored is left as it is, so storing the same records twice changes nothing.
     */
    public IngestReport store(Iterator<Recorded> records, long recordCount, IngestListener listener) {
        return run(new Mapped<>(records, record -> () -> article(record)), recordCount, listener);
    }

    private IngestReport run(Iterator<Supplier<Article>> articles, long count, IngestListener listener) {
        long startNanos = System.nanoTime();
        Tally tally = new Tally(count, listener);
        listener.started(count);
        workers.run(articles, this::extract, tally::record, AHEAD);
        tally.flush();
        return tally.report(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Article article(ReadResult file) {
        if (file instanceof ReadResult.Unreadable unreadable) {
            return Article.unusable(unreadable.path(), unreadable.reason());
        }
        ReadResult.Read read = (ReadResult.Read) file;
        Document document = read.document();
        return new Article(read.path(), read.warnings(), null, document.contentHash(),
                readIfEnglish(document, () -> extractor.extract(document)));
    }

    private static Article article(Recorded record) {
        if (record instanceof Recorded.Unusable unusable) {
            return Article.unusable(unusable.origin(), unusable.reason());
        }
        Extraction extraction = ((Recorded.Extracted) record).extraction();
        return new Article(record.origin(), List.of(), null, extraction.document().contentHash(),
                readIfEnglish(extraction.document(), () -> extraction));
    }

    /**
     * The facts read, or none for a document in a language extraction does not read: rules
     * written for English find only noise in another language, so it is not even extracted.
     */
    private static Supplier<Extraction> readIfEnglish(Document document, Supplier<Extraction> read) {
        return UnreadLanguage.of(document.info()).isPresent()
                ? () -> new Extraction(document, document.info().published(), List.of())
                : read;
    }

    private Step extract(Supplier<Article> input) {
        Article article = input.get();
        if (article.problem() != null) {
            return new Step.Failed(article.path(), article.problem(), article.warnings());
        }
        if (database.contains(article.contentHash())) {
            return new Step.Known(article.path(), article.warnings());
        }
        Extraction extraction;
        try {
            extraction = article.extraction().get();
        } catch (RuntimeException e) {
            return new Step.Failed(article.path(), "extraction failed: " + e, article.warnings());
        }
        return new Step.Extracted(article.path(), database.prepare(extraction), article.warnings());
    }

    /**
     * One input on its way to the store: a file read (its facts still to be extracted) or a
     * record of facts extracted elsewhere; or, with a {@code problem}, one that gives no document.
     */
    private record Article(Path path, List<String> warnings, String problem, String contentHash,
            Supplier<Extraction> extraction) {

        static Article unusable(Path path, String problem) {
            return new Article(path, List.of(), problem, null, null);
        }
    }

    /** Each input, as the storing thread takes it, made into the work of turning it into an article. */
    private record Mapped<I>(Iterator<I> inputs, Function<I, Supplier<Article>> toArticle)
            implements Iterator<Supplier<Article>> {

        @Override
        public boolean hasNext() {
            return inputs.hasNext();
        }

        @Override
        public Supplier<Article> next() {
            return toArticle.apply(inputs.next());
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
        private final List<String> unreadLanguages = new ArrayList<>();
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
                UnreadLanguage.of(step.prepared().extraction().document().info())
                        .ifPresent(language -> unreadLanguages.add(language.code()));
            } else {
                unchangedDocuments++;
            }
        }

        private void fail(Path path, String reason) {
            failures.add(new Failure(path, reason));
            listener.failed(path, reason);
        }

        IngestReport report(Duration elapsed) {
            return new IngestReport(newDocuments, unchangedDocuments, failures, newFacts, unreadLanguages, elapsed);
        }
    }
}
