package org.tsunagu.web.review;

import java.util.List;
import java.util.Optional;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.KnowledgeFact;

/** One page of facts awaiting review, and the session's CSRF token for the htmx requests from it. */
record ReviewQueue(Page<KnowledgeFact> facts, int offset, String csrf) {

    List<ReviewRow> rows() {
        return facts.items().stream().map(fact -> new ReviewRow(fact, csrf)).toList();
    }

    int first() {
        return offset + 1;
    }

    int last() {
        return offset + facts.items().size();
    }

    Optional<Integer> previous() {
        return offset == 0 ? Optional.empty() : Optional.of(Math.max(0, offset - ReviewPages.PAGE_SIZE));
    }

    Optional<Integer> next() {
        return last() < facts.total() ? Optional.of(offset + ReviewPages.PAGE_SIZE) : Optional.empty();
    }
}
