package org.tsunagu.web.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.EvidenceSpans;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.web.fact.KnowledgeFilter;

/**
 * One page of the facts the filter keeps, the filter itself (whose URL is the queue's), where the
 * page's evidence lies, what the filter form offers, and the session's CSRF token for the forms.
 */
record ReviewQueue(Page<KnowledgeFact> facts, KnowledgeFilter filter, int offset, String csrf,
        Map<Long, EvidenceSpans> spans, QueueChoices choices) {

    /** The facts a queue with this filter lists: those awaiting review unless the filter names another state. */
    static KnowledgeQuery query(KnowledgeFilter filter) {
        return filter.applyTo(KnowledgeQuery.all()).withState(filter.state().orElse(ReviewState.PROPOSED));
    }

    List<ReviewRow> rows() {
        return facts.items().stream().map(fact -> new ReviewRow(fact, csrf, spans)).toList();
    }

    int first() {
        return offset + 1;
    }

    int last() {
        return offset + facts.items().size();
    }

    /** "Proposed", "Rejected": the state the queue lists. */
    String stateName() {
        return Words.of(filter.state().orElse(ReviewState.PROPOSED).code());
    }

    /** How many facts a bulk decision changes: all the filter keeps, up to the most one request may change. */
    long selected() {
        return Math.min(facts.total(), BulkDecision.MAX_FACTS);
    }

    Optional<String> previous() {
        return offset == 0 ? Optional.empty() : Optional.of(href(Math.max(0, offset - ReviewPages.PAGE_SIZE)));
    }

    Optional<String> next() {
        return last() < facts.total() ? Optional.of(href(offset + ReviewPages.PAGE_SIZE)) : Optional.empty();
    }

    /** The queue with this filter from another offset. */
    private String href(int from) {
        String query = filter.queryString();
        return "/review?" + (query.isEmpty() ? "" : query + "&") + "offset=" + from;
    }
}
