package org.tsunagu.cli.eval.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of scoring predictions against gold: how many gold documents were scored, counts per type, attribute accuracy per
 * {@code type.field}, what was missed and spurious, and the predicted documents gold lacks.
 */
public record Scores(int goldDocuments, Map<EvalType, Counts> byType, SortedMap<String, AttributeAccuracy> attributes,
        List<Miss> misses, List<String> documentsNotInGold) {

    public Scores {
        byType = Map.copyOf(byType);
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        misses = List.copyOf(misses);
        documentsNotInGold = List.copyOf(documentsNotInGold);
    }

    public Counts of(EvalType type) {
        return byType.getOrDefault(type, Counts.NONE);
    }

    /** All types together: precision and recall over the summed counts. */
    public Counts micro() {
        return byType.values().stream().reduce(Counts.NONE, Counts::plus);
    }
}
