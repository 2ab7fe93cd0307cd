package org.tsunagu.store.knowledge;

import java.util.Optional;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;

/**
 * Which knowledge facts to list, and in what order: by type, review state and entity (rejected
 * ones only when asked), and for the review queue by confidence range, a document that reports
 * them, a country (by its ISO 3166 code) their entities lie in, and a range of their dates.
 * A fact's date is the one it states (an agreement's date, a tie's "since", an investment's "as
 * of"), or for a fact that states none the date of the first document to report it.
 */
public record KnowledgeQuery(Optional<FactType> type, Optional<ReviewState> state, Optional<Long> entity,
        Optional<Double> minConfidence, Optional<Double> maxConfidence, Optional<Long> document,
        Optional<String> country, Optional<PartialDate> from, Optional<PartialDate> to, FactOrder order, int limit,
        int offset) {

    public static final int MAX_LIMIT = 1_000;

    public KnowledgeQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
        country = country.map(String::strip).filter(code -> !code.isEmpty());
    }

    public static KnowledgeQuery all() {
        return new KnowledgeQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                FactOrder.FIRST_READ, 50, 0);
    }

    public KnowledgeQuery withType(FactType value) {
        return new KnowledgeQuery(Optional.ofNullable(value), state, entity, minConfidence, maxConfidence, document,
                country, from, to, order, limit, offset);
    }

    public KnowledgeQuery withState(ReviewState value) {
        return new KnowledgeQuery(type, Optional.ofNullable(value), entity, minConfidence, maxConfidence, document,
                country, from, to, order, limit, offset);
    }

    public KnowledgeQuery withEntity(Long value) {
        return new KnowledgeQuery(type, state, Optional.ofNullable(value), minConfidence, maxConfidence, document,
                country, from, to, order, limit, offset);
    }

    /** Facts whose confidence is at least {@code min} and at most {@code max}; null leaves that end open. */
    public KnowledgeQuery withConfidence(Double min, Double max) {
        return new KnowledgeQuery(type, state, entity, Optional.ofNullable(min), Optional.ofNullable(max), document,
                country, from, to, order, limit, offset);
    }

    public KnowledgeQuery withDocument(Long value) {
        return new KnowledgeQuery(type, state, entity, minConfidence, maxConfidence, Optional.ofNullable(value),
                country, from, to, order, limit, offset);
    }

    /** Facts naming a place in the country with this ISO 3166 code ("JP"), or the country itself or its government. */
    public KnowledgeQuery withCountry(String value) {
        return new KnowledgeQuery(type, state, entity, minConfidence, maxConfidence, document,
                Optional.ofNullable(value), from, to, order, limit, offset);
    }

    /**
     * Facts dated within the range, either end open when null. Partial dates overlap: a fact of
     * "2013" lies within 2013-05-01 to 2013-06-30, a fact of 2013-10-31 within "2013".
     */
    public KnowledgeQuery withDates(PartialDate first, PartialDate last) {
        return new KnowledgeQuery(type, state, entity, minConfidence, maxConfidence, document, country,
                Optional.ofNullable(first), Optional.ofNullable(last), order, limit, offset);
    }

    public KnowledgeQuery withOrder(FactOrder value) {
        return new KnowledgeQuery(type, state, entity, minConfidence, maxConfidence, document, country, from, to,
                value, limit, offset);
    }

    public KnowledgeQuery withLimit(int value) {
        return new KnowledgeQuery(type, state, entity, minConfidence, maxConfidence, document, country, from, to,
                order, value, offset);
    }

    public KnowledgeQuery withOffset(int value) {
        return new KnowledgeQuery(type, state, entity, minConfidence, maxConfidence, document, country, from, to,
                order, limit, value);
    }
}
