package org.tsunagu.web.review;

import java.util.Map;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.review.Curation;

/** The edit form in a fact's row: its editable fields with the values shown, and what was wrong with the last try. */
record ReviewEdit(KnowledgeFact fact, Map<String, String> values, String csrf, String error) {

    static ReviewEdit of(KnowledgeFact fact, String csrf) {
        return new ReviewEdit(fact, Curation.editableValues(fact.fact()), csrf, "");
    }

    String fieldName(String field) {
        return ReviewPages.FIELD_PREFIX + field;
    }
}
