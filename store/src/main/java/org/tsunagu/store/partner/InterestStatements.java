package org.tsunagu.store.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.StatedInterest;
import org.tsunagu.store.text.Folding;

/**
 * Keeps the interests a document states, each under the entity its subject resolved to. A subject
 * that no fact of the document names was not resolved; it is found by its name among those that
 * were, and left out when none matches, rather than making an entity of its own.
 */
public final class InterestStatements {

    private InterestStatements() {
    }

    public static void addDocument(Handle handle, long document, String text, List<StatedInterest> interests,
            Map<EntityRef, Long> resolved) {
        if (interests.isEmpty()) {
            return;
        }
        Map<String, Long> byName = new HashMap<>();
        resolved.forEach((ref, id) -> byName.putIfAbsent(ref.type().code() + ":" + Folding.fold(ref.name()), id));
        for (StatedInterest interest : interests) {
            Optional<Long> entity = Optional.ofNullable(resolved.get(interest.subject())).or(() -> Optional.ofNullable(
                    byName.get(interest.subject().type().code() + ":" + Folding.fold(interest.subject().name()))));
            if (entity.isEmpty()) {
                continue;
            }
            String sentence = text.substring(interest.evidence().sentence().start(), interest.evidence().sentence().end());
            interest.sectors().forEach(sector -> insert(handle, entity.get(), InterestKind.SECTOR, sector, document, sentence));
            interest.regions().forEach(region -> insert(handle, entity.get(), InterestKind.REGION, region.name(), document,
                    sentence));
        }
    }

    private static void insert(Handle handle, long entity, InterestKind kind, String value, long document, String sentence) {
        handle.createUpdate("""
                INSERT INTO interest_statements (entity_id, kind, value, document_id, sentence)
                VALUES (:entity, :kind, :value, :document, :sentence)""")
                .bind("entity", entity).bind("kind", kind.code()).bind("value", value).bind("document", document)
                .bind("sentence", sentence).execute();
    }
}
