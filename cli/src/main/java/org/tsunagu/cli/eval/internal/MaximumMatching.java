package org.tsunagu.cli.eval.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A maximum bipartite matching by augmenting paths (Kuhn's algorithm). The left side is taken in
 * order and each tries its candidates in the order given, so among the maximum matchings the one
 * found prefers earlier candidates; the size of the matching does not depend on either order.
 * Documents have tens of facts, so the O(V·E) bound is no concern.
 */
public final class MaximumMatching {

    private final List<List<Integer>> candidates;
    private final int[] ownerOfRight;

    private MaximumMatching(List<List<Integer>> candidates, int rightCount) {
        this.candidates = candidates;
        this.ownerOfRight = new int[rightCount];
        Arrays.fill(ownerOfRight, -1);
    }

    /**
     * Matches each left item to at most one of its candidates (indexes into the right side, all
     * below {@code rightCount}), each right item to at most one left item, as many pairs as possible.
     *
     * @return for each left item its right item, or -1
     */
    public static int[] of(List<List<Integer>> candidates, int rightCount) {
        MaximumMatching matching = new MaximumMatching(candidates, rightCount);
        for (int left = 0; left < candidates.size(); left++) {
            matching.augment(left, new boolean[rightCount]);
        }
        int[] partners = new int[candidates.size()];
        Arrays.fill(partners, -1);
        for (int right = 0; right < rightCount; right++) {
            if (matching.ownerOfRight[right] >= 0) {
                partners[matching.ownerOfRight[right]] = right;
            }
        }
        return partners;
    }

    /** Finds a path from {@code left} that ends at a free right item, and flips it. */
    private boolean augment(int left, boolean[] visited) {
        for (int right : candidates.get(left)) {
            if (visited[right]) {
                continue;
            }
            visited[right] = true;
            if (ownerOfRight[right] < 0 || augment(ownerOfRight[right], visited)) {
                ownerOfRight[right] = left;
                return true;
            }
        }
        return false;
    }
}
