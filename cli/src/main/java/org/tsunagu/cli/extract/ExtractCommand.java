package org.tsunagu.cli.extract;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.ArticlePaths;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extract facts and print them as JSON lines; no database.",
            "Writes one JSON line per document to standard output, in input order."},
        footer = {"",
            "Formats:",
            "  json        every fact with its arguments' types and character offsets, the evidence",
            "              sentence and offsets, and a confidence.",
            "  eval-jsonl  the evaluation interchange format (SCHEMA.md), for score.py.",
            "",
            "Example:",
            "  tsunagu extract --format eval-jsonl ../shared/eval/dev/docs > pred.jsonl",
            "",
            "Exit codes: 0 all read, 1 some files failed (reported on standard error), 2 usage error."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Converter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    ArticlePaths articles;

    @Override
    public Integer call() {
        Extractor extractor = Extractors.standard();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failures = new AtomicInteger();
        InOrderWorkers.allCores().run(ArticleFiles.of(articles.paths(), ReadOptions.defaults()).iterator(),
                file -> extract(extractor, file),
                result -> {
                    if (result.extraction() != null) {
                        out.println(format.line(result.extraction()).toString());
                    } else {
                        failures.incrementAndGet();
                        err.println("tsunagu: " + result.path() + ": " + result.failure());
                    }
                });
        out.flush();
        return failures.get() == 0 ? ExitCodes.SUCCESS : ExitCodes.SOME_FAILED;
    }

    private static Result extract(Extractor extractor, ReadResult file) {
        if (file instanceof ReadResult.Unreadable unreadable) {
            return new Result(unreadable.path(), null, unreadable.reason());
        }
        ReadResult.Read read = (ReadResult.Read) file;
        try {
            return new Result(read.path(), extractor.extract(read.document()), null);
        } catch (RuntimeException e) {
            return new Result(read.path(), null, "extraction failed: " + e);
        }
    }

    /** One file's extraction, or why there is none. */
    private record Result(Path path, Extraction extraction, String failure) {
    }
}
