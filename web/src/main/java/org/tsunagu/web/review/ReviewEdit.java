package org.tsunagu.web.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.EditedEntities;
import org.tsunagu.store.knowledge.EvidenceSpans;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.review.Curation;

/**
 * The edit form in a fact's row: its fields with the values shown, its entities by name (each
 * list with room for one more), its evidence, and what was wrong with the last try.
 */
record ReviewEdit(KnowledgeFact fact, Map<String, String> values, Map<String, List<String>> entities, String csrf,
        String error, Map<Long, EvidenceSpans> spans) {

    static ReviewEdit of(Database database, KnowledgeFact fact, String csrf) {
        return new ReviewEdit(fact, Curation.editableValues(fact.fact()), currentEntities(fact), csrf, "",
                SourceView.spansOf(database, List.of(fact)));
    }

    /** The names of the entities in each of the fact's entity fields now. */
    static Map<String, List<String>> currentEntities(KnowledgeFact fact) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        EditedEntities.of(fact.fact()).forEach((field, refs) -> names.put(field, refs.stream().map(EntityRef::name).toList()));
        return names;
    }

    ReviewEdit withError(Map<String, String> submitted, Map<String, List<String>> submittedEntities, String message) {
        return new ReviewEdit(fact, submitted, submittedEntities, csrf, message, spans);
    }

    List<EditField> fields() {
        return values.entrySet().stream().map(e -> EditField.of(fact.type(), e.getKey(), e.getValue())).toList();
    }

    /** Each entity field with its names, and an empty box to add one where the field takes a list (or has none). */
    List<EntityInputs> entityFields() {
        return entities.entrySet().stream().map(e -> {
            boolean many = EditedEntities.many(fact.type(), e.getKey());
            List<String> boxes = new ArrayList<>(e.getValue());
            if (many || boxes.isEmpty()) {
                boxes.add("");
            }
            return new EntityInputs(e.getKey(), EditField.label(e.getKey()), boxes);
        }).toList();
    }

    List<SourceView> sources() {
        return fact.sources().subList(0, Math.min(ReviewRow.SOURCES_SHOWN, fact.sources().size())).stream()
                .map(source -> SourceView.of(source, spans)).toList();
    }

    String fieldName(String field) {
        return ReviewPages.FIELD_PREFIX + field;
    }

    String entityName(String field) {
        return ReviewPages.ENTITY_PREFIX + field;
    }

    /** The boxes of one entity field: its label and the names in them, "" for an empty one. */
    record EntityInputs(String field, String label, List<String> names) {
    }
}
