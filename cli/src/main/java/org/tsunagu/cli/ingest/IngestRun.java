package org.tsunagu.cli.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.search.SearchIndexing;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestReport;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.store.Database;

/** One ingest as the commands run it: progress on standard error, the summary on standard out. */
public final class IngestRun {

    private IngestRun() {
    }

    public static IngestReport run(Database database, String location, List<Path> paths, PrintWriter out) {
        ArticleFiles files = ArticleFiles.of(paths, ReadOptions.defaults());
        Ingestor ingestor = new Ingestor(Extractors.standard(), database, InOrderWorkers.allCores());
        IngestReport report;
        try (ProgressReporter progress = ProgressReporter.onStandardError()) {
            report = ingestor.ingest(files, progress);
        }
        return finish(report, database, location, out);
    }

    /** Prints the summary of a stored batch and brings the search index up to date with it. */
    public static IngestReport finish(IngestReport report, Database database, String location, PrintWriter out) {
        IngestSummary.print(report, location, out);
        out.flush();
        SearchIndexing.bringUpToDate(database, new PrintWriter(System.err, true));
        return report;
    }

    public static int exitCode(IngestReport report) {
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.SUCCESS;
    }
}
