package org.tsunagu.cli.extract;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.ArticlePaths;
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = ArticleExtraction.standard().run(articles.paths(),
                extraction -> out.println(format.line(extraction).toString()),
                failure -> err.println("tsunagu: " + failure));
        out.flush();
        return failures == 0 ? ExitCodes.SUCCESS : ExitCodes.SOME_FAILED;
    }
}
