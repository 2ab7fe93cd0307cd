package org.tsunagu.cli.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.cli.eval.internal.Counts;
import org.tsunagu.cli.eval.internal.EvalType;
import org.tsunagu.cli.eval.internal.Miss;
import org.tsunagu.cli.eval.internal.Scores;

/**
 * Scores as one JSON object with the keys of score.py's {@code --json} (each type and
 * {@code micro} with tp, fp, fn, precision, recall, f1; {@code attributes}), and beside them the
 * number of documents, the predicted documents gold lacks and, when asked, the misses.
 */
final class ScoreJson {

    private ScoreJson() {
    }

    static ObjectNode of(Scores scores, boolean verbose) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (EvalType type : EvalType.values()) {
            root.set(type.code(), counts(scores.of(type)));
        }
        root.set("micro", counts(scores.micro()));
        ObjectNode attributes = root.putObject("attributes");
        ObjectNode pairs = root.putObject("attribute_pairs");
        scores.attributes().forEach((field, accuracy) -> {
            attributes.put(field, accuracy.mean());
            pairs.put(field, accuracy.pairs());
        });
        root.put("documents", scores.goldDocuments());
        ArrayNode notInGold = root.putArray("documents_not_in_gold");
        scores.documentsNotInGold().forEach(notInGold::add);
        if (verbose) {
            ArrayNode missed = root.putArray("missed");
            ArrayNode spurious = root.putArray("spurious");
            for (Miss miss : scores.misses()) {
                ObjectNode entry = (miss.kind() == Miss.Kind.MISSED ? missed : spurious).addObject();
                entry.put("doc", miss.document());
                entry.set("fact", miss.fact().json());
            }
        }
        return root;
    }

    private static ObjectNode counts(Counts counts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("tp", counts.truePositives());
        node.put("fp", counts.falsePositives());
        node.put("fn", counts.falseNegatives());
        node.put("precision", counts.precision());
        node.put("recall", counts.recall());
        node.put("f1", counts.f1());
        return node;
    }
}
