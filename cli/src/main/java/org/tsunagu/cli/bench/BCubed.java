package org.tsunagu.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against a gold one (Bagga and Baldwin 1998): for
 * each item, the share of its system cluster that is in its gold cluster (precision) and of its gold
 * cluster that is in its system cluster (recall), averaged over the items.
 */
record BCubed(int items, double precision, double recall) {

    /** One item: its gold cluster and the cluster the system gave it. */
    record Item(String gold, Object system) {
    }

    static BCubed of(List<Item> items) {
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<Object, Integer> systemSizes = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (Item item : items) {
            goldSizes.merge(item.gold(), 1, Integer::sum);
            systemSizes.merge(item.system(), 1, Integer::sum);
            both.merge(List.of(item.gold(), item.system()), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Item item : items) {
            double shared = both.get(List.of(item.gold(), item.system()));
            precision += shared / systemSizes.get(item.system());
            recall += shared / goldSizes.get(item.gold());
        }
        int n = items.size();
        return new BCubed(n, n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n);
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
