package org.tsunagu.cli.eval.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Whether predicted names are the gold ones, alone and as unordered lists (parties, signatories). */
public final class Names {

    private Names() {
    }

    /** A predicted name matches a gold name by {@link GoldName#matchedBy}; an unknown one never does. */
    public static boolean match(FieldValue gold, FieldValue predicted) {
        return !gold.isUnknown() && !predicted.isUnknown() && GoldName.of(gold.text()).matchedBy(predicted.text());
    }

    /** Two lists name the same set: as many names on each side, paired one to one. An empty list matches nothing. */
    public static boolean sameSet(FieldValue gold, FieldValue predicted) {
        List<FieldValue> golds = gold.items();
        List<FieldValue> predictions = predicted.items();
        if (golds.isEmpty() || golds.size() != predictions.size()) {
            return false;
        }
        List<List<Integer>> candidates = new ArrayList<>();
        for (FieldValue name : golds) {
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < predictions.size(); i++) {
                if (match(name, predictions.get(i))) {
                    matching.add(i);
                }
            }
            candidates.add(matching);
        }
        int[] partners = MaximumMatching.of(candidates, predictions.size());
        return Arrays.stream(partners).allMatch(partner -> partner >= 0);
    }

    /** The share of the gold names that some predicted name matches; empty when gold lists none. */
    public static OptionalDouble shareFound(FieldValue gold, FieldValue predicted) {
        List<FieldValue> golds = gold.items();
        if (golds.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<FieldValue> predictions = predicted.items();
        long found = golds.stream().filter(name -> predictions.stream().anyMatch(p -> match(name, p))).count();
        return OptionalDouble.of((double) found / golds.size());
    }
}
