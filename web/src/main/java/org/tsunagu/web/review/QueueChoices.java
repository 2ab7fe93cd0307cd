package org.tsunagu.web.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.Country;
import org.tsunagu.store.knowledge.FactOrder;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.fact.KnowledgeFilter;

/**
 * What the queue's filter form offers: the options of its selects, and the names of the entity and
 * the document the queue is narrowed to, so the form says them rather than their ids.
 */
record QueueChoices(List<Country> countries, Optional<String> entityName, Optional<String> documentName) {

    record Choice(String code, String label) {
    }

    static QueueChoices of(Database database, KnowledgeFilter filter) {
        return new QueueChoices(database.countries(),
                filter.entity().flatMap(database::entity).map(Entity::name),
                filter.document().flatMap(database::document).map(d -> d.listing().name()));
    }

    static List<Choice> types() {
        return Arrays.stream(FactType.values()).map(t -> new Choice(t.code(), Words.of(t.code()))).toList();
    }

    static List<Choice> states() {
        return Arrays.stream(ReviewState.values()).map(s -> new Choice(s.code(), Words.of(s.code()))).toList();
    }

    static List<Choice> orders() {
        return List.of(new Choice(FactOrder.FIRST_READ.code(), "First read"),
                new Choice(FactOrder.CONFIDENCE.code(), "Confidence, lowest first"),
                new Choice(FactOrder.DATE.code(), "Date, newest first"),
                new Choice(FactOrder.DOCUMENT.code(), "Document name"));
    }
}
