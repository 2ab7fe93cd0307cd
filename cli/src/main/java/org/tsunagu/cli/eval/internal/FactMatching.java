package org.tsunagu.cli.eval.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pairs gold facts with the predictions that are them, each at most once, as many pairs as can
 * be made. A gold fact tries the predictions whose other fields fit it best first, so that of two
 * predictions of the same agreement the one with the right date is paired and scored.
 */
public final class FactMatching {

    private FactMatching() {
    }

    /**
     * @param taken predictions already paired, which are not offered again
     * @return for each gold fact the index of its prediction, or -1
     */
    public static int[] of(List<EvalFact> golds, List<EvalFact> predictions, Set<Integer> taken) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (EvalFact gold : golds) {
            EvalType type = gold.type().orElseThrow();
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < predictions.size(); i++) {
                if (!taken.contains(i) && type.matches(gold, predictions.get(i))) {
                    matching.add(i);
                }
            }
            // List.sort is stable: predictions that fit equally well keep their order in the file.
            matching.sort(Comparator.comparingDouble((Integer i) -> AttributeScore.mean(gold, predictions.get(i))).reversed());
            candidates.add(matching);
        }
        return MaximumMatching.of(candidates, predictions.size());
    }
}
