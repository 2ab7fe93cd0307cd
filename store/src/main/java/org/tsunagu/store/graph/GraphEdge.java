package org.tsunagu.store.graph;

import java.util.Optional;
import org.tsunagu.model.fact.FactType;

/**
 * Two entities named by the same knowledge facts of one kind ({@code source} has the lower id):
 * how many such facts, and the range of their years when known.
 */
public record GraphEdge(long source, long target, FactType kind, int facts, Optional<Integer> firstYear,
        Optional<Integer> lastYear) {
}
