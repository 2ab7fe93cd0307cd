package org.tsunagu.cli.search;

import org.tsunagu.cli.ingest.ProgressReporter;
import org.tsunagu.search.RebuildListener;

/** Rebuild progress on standard error, drawn like ingest's. */
final class IndexProgress implements RebuildListener, AutoCloseable {

    private static final ProgressReporter.Words WORDS = new ProgressReporter.Words("Indexing", " records", "indexed",
            "records");

    private final ProgressReporter reporter = ProgressReporter.onStandardError(WORDS);
    private boolean started;

    @Override
    public void progress(long done, long total) {
        if (!started) {
            reporter.started(total);
            started = true;
        }
        if (done > 0) {
            reporter.advanced(done, total);
        }
    }

    @Override
    public void close() {
        reporter.close();
    }
}
