package org.tsunagu.cli.eval;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.tsunagu.cli.eval.internal.AttributeAccuracy;
import org.tsunagu.cli.eval.internal.Counts;
import org.tsunagu.cli.eval.internal.EvalType;
import org.tsunagu.cli.eval.internal.Miss;
import org.tsunagu.cli.eval.internal.Scores;

/** Scores as text, laid out as score.py prints them so that the two can be read side by side. */
final class ScoreTable {

    private ScoreTable() {
    }

    static void write(Scores scores, boolean verbose, PrintWriter out) {
        out.println("gold documents scored: " + scores.goldDocuments());
        out.printf("%-14s%5s%5s%5s%8s%8s%8s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
        for (EvalType type : EvalType.values()) {
            row(type.code(), scores.of(type), out);
        }
        row("micro", scores.micro(), out);
        if (!scores.attributes().isEmpty()) {
            out.println("attribute accuracy over matched facts:");
            scores.attributes().forEach((field, accuracy) -> attribute(field, accuracy, out));
        }
        if (!scores.documentsNotInGold().isEmpty()) {
            out.println("documents predicted but not in gold: " + scores.documentsNotInGold().size());
        }
        if (verbose) {
            for (Miss miss : scores.misses()) {
                out.printf("%-9s %s: %s%n", miss.kind().name().toLowerCase(Locale.ROOT), miss.document(),
                        miss.fact().json());
            }
        }
    }

    private static void row(String name, Counts counts, PrintWriter out) {
        out.printf("%-14s%5d%5d%5d%8s%8s%8s%n", name, counts.truePositives(), counts.falsePositives(),
                counts.falseNegatives(), threePlaces(counts.precision()), threePlaces(counts.recall()),
                threePlaces(counts.f1()));
    }

    private static void attribute(String field, AttributeAccuracy accuracy, PrintWriter out) {
        out.printf("  %-28s%s  (n=%d)%n", field, threePlaces(accuracy.mean()), accuracy.pairs());
    }

    /** Rounded from the double's exact value, half to even, as score.py's {@code .3f} rounds. */
    private static String threePlaces(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
