package org.tsunagu.cli.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.eval.internal.DocumentSelection;
import org.tsunagu.cli.eval.internal.EvalLines;
import org.tsunagu.cli.eval.internal.EvalSet;
import org.tsunagu.cli.eval.internal.Scores;
import org.tsunagu.cli.eval.internal.Scoring;
import org.tsunagu.cli.eval.internal.UnreadableInputException;
import org.tsunagu.cli.extract.ArticleExtraction;
import org.tsunagu.model.json.EvalJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Extract articles and score their facts against a gold eval-jsonl file.",
            "Shows precision, recall and F1 for each type of fact and for all (micro), with the",
            "true positives, false positives and false negatives, then the accuracy of",
            "the other fields over the matched pairs, by the matching rules of SCHEMA.md",
            "as score.py applies them."},
        footer = {"",
            "Examples:",
            "  tsunagu eval --gold ../shared/eval/real/gold.jsonl ../shared/eval/real/docs",
            "  tsunagu eval --gold ../shared/eval/real/gold.jsonl \\",
            "      --except docs/eval/real-held-out.txt ../shared/eval/real/docs",
            "  tsunagu eval --gold ../shared/eval/dev/gold.jsonl --predictions pred.jsonl",
            "",
            "Exit codes: 0 scored, 1 scored but some articles failed (reported on standard",
            "error), 2 usage error, or a gold, prediction, list or article path that cannot",
            "be read."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold eval-jsonl file.")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this eval-jsonl file instead of extracting articles.")
    Path predictions;

    @ArgGroup(exclusive = true)
    Selection selection;

    @Option(names = "--verbose", description = "List every missed and every spurious fact.")
    boolean verbose;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files, or folders searched recursively, to extract and score.")
    List<Path> articles = new ArrayList<>();

    /** A part of the documents to score, for a development and a held-out part of one set. */
    static final class Selection {

        @Option(names = "--only", paramLabel = "FILE",
                description = "Score only the documents listed in FILE (one id a line, # comments).")
        Path only;

        @Option(names = "--except", paramLabel = "FILE",
                description = "Score all documents except those listed in FILE.")
        Path except;

        DocumentSelection read() throws UnreadableInputException {
            return only != null ? DocumentSelection.only(only) : DocumentSelection.except(except);
        }
    }

    @Override
    public Integer call() {
        if ((predictions == null) == articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give either article files or folders to extract, or --predictions FILE");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DocumentSelection documents = selection == null ? DocumentSelection.ALL : selection.read();
            EvalSet goldFacts = EvalLines.read(gold).select(documents);
            List<String> failures = new ArrayList<>();
            EvalSet predicted = predictions != null ? EvalLines.read(predictions) : extract(failures);
            failures.forEach(failure -> err.println("tsunagu: " + failure));
            Scores scores = Scoring.of(goldFacts, predicted.select(documents));
            if (json) {
                out.println(ScoreJson.of(scores, verbose).toPrettyString());
            } else {
                ScoreTable.write(scores, verbose, out);
            }
            out.flush();
            return failures.isEmpty() ? ExitCodes.SUCCESS : ExitCodes.SOME_FAILED;
        } catch (UnreadableInputException e) {
            err.println("tsunagu: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** The articles' facts in eval-jsonl, as {@code extract --format eval-jsonl} writes them. */
    private EvalSet extract(List<String> failures) throws UnreadableInputException {
        for (Path path : articles) {
            if (!Files.exists(path)) {
                throw new UnreadableInputException(path + ": no such file or folder");
            }
            if (!Files.isReadable(path)) {
                throw new UnreadableInputException(path + ": permission denied");
            }
        }
        List<ObjectNode> lines = new ArrayList<>();
        ArticleExtraction.standard().run(articles, extraction -> lines.add(EvalJson.write(extraction)), failures::add);
        return EvalLines.of(lines);
    }
}
