package org.tsunagu.cli.load;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.cli.ingest.IngestRun;
import org.tsunagu.cli.ingest.ProgressReporter;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestReport;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.RecordedLines;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Store the facts a Spark run extracted ('tsunagu spark extract --out DIR').",
            "Reads DIR/documents (JSON Lines: each document's text and facts) and stores",
            "them as ingest stores articles: entity resolution, knowledge facts, search",
            "index. Needs neither Spark nor the original files. Loading the same lines",
            "again changes nothing."},
        footer = {"", "Exit codes: 0 all stored, 1 some lines failed, 2 usage error."})
public final class LoadCommand implements Callable<Integer> {

    private static final ProgressReporter.Words LOADING = new ProgressReporter.Words("Loading", " docs", "loaded", "documents");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "DIR", description = "A Spark run's output folder, its documents/ folder, or one JSON Lines file.")
    Path location;

    @Override
    public Integer call() {
        RecordedLines lines;
        try {
            lines = RecordedLines.at(location);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String where = database.location();
        PrintWriter out = spec.commandLine().getOut();
        try (Database store = Database.open(where)) {
            Ingestor ingestor = Ingestor.storingOnly(store, InOrderWorkers.allCores());
            IngestReport report;
            try (ProgressReporter progress = ProgressReporter.onStandardError(LOADING)) {
                report = ingestor.store(lines.iterator(), lines.count(), progress);
            }
            return IngestRun.exitCode(IngestRun.finish(report, store, where, out));
        }
    }
}
