package org.tsunagu.web.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.IngestReport;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.store.Database;
import org.tsunagu.web.RefusedRequest;

/**
 * Uploaded articles waiting to be read, and what became of each. One worker thread of its own
 * extracts and stores them in turn, so that a long article never holds a web request thread; a
 * bounded number may wait, and the latest uploads are remembered for their status pages.
 */
final class UploadQueue {

    /** More waiting uploads than an admin sends by hand: beyond this the server is busy, not lost. */
    static final int MAX_WAITING = 20;
    private static final int REMEMBERED = 1_000;

    private final Database database;
    private final ThreadPoolExecutor worker;
    private final Map<String, Upload> uploads = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
            return size() > REMEMBERED;
        }
    });
    private Ingestor ingestor;

    UploadQueue(Database database) {
        this.database = database;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
            Thread thread = new Thread(runnable, "tsunagu-upload");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the article read from an upload; refused with 503 while {@link #MAX_WAITING} wait already. */
    Upload submit(ReadResult.Read article) {
        Upload queued = Upload.queued(UUID.randomUUID().toString(), article.document(), article.warnings());
        uploads.put(queued.id(), queued);
        try {
            worker.execute(() -> uploads.put(queued.id(), read(queued, article)));
        } catch (RejectedExecutionException e) {
            uploads.remove(queued.id());
            throw new RefusedRequest(503, MAX_WAITING + " uploads are waiting to be read already; try again later");
        }
        return queued;
    }

    Optional<Upload> find(String id) {
        return Optional.ofNullable(uploads.get(id));
    }

    private Upload read(Upload queued, ReadResult.Read article) {
        try {
            IngestReport report = ingestor().ingest(List.<ReadResult>of(article).iterator(), 1, IngestListener.SILENT);
            if (report.hasFailures()) {
                return queued.failed(report.failures().get(0).reason());
            }
            long document = database.documentWithHash(queued.contentHash()).orElseThrow();
            return queued.done(document, report.newDocuments() == 1, report.newFactsByType(), factsOf(document));
        } catch (RuntimeException e) {
            // One bad upload must not stop the worker for the next.
            return queued.failed("could not be stored (" + e.getMessage() + ")");
        }
    }

    /** The knowledge facts the document states, each once, in the order of its text. */
    private List<Upload.ReadFact> factsOf(long document) {
        Map<Long, Upload.ReadFact> facts = new LinkedHashMap<>();
        database.document(document).orElseThrow().statements().forEach(statement -> facts.putIfAbsent(
                statement.knowledgeFact(),
                new Upload.ReadFact(statement.knowledgeFact(), statement.type(), statement.summary())));
        return List.copyOf(facts.values());
    }

    /** Extraction loads its reference data once, on the first upload rather than at every start. */
    private Ingestor ingestor() {
        if (ingestor == null) {
            ingestor = new Ingestor(Extractors.standard(), database, new InOrderWorkers(1));
        }
        return ingestor;
    }
}
