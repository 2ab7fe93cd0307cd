package org.tsunagu.web.entity;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.text.Folding;
import org.tsunagu.web.InvalidRequestException;

/**
 * The entity a person typed into a form: its id, or a name that one entity (of the kind asked
 * for) goes by. Several entities of that name are answered with their ids, to choose from.
 */
final class EntityNamed {

    private static final int SHOWN = 10;
    /** Ids have fewer digits; a longer number is taken as a name, and found nowhere. */
    private static final int MAX_ID_DIGITS = 18;

    private EntityNamed() {
    }

    static long in(Database database, String field, String typed, Optional<EntityType> type) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("say which entity, by name or id, in '" + field + "'");
        }
        if (text.length() <= MAX_ID_DIGITS && text.chars().allMatch(Character::isDigit)) {
            return database.entity(Long.parseLong(text)).map(Entity::id)
                    .orElseThrow(() -> new InvalidRequestException("no entity " + text));
        }
        String folded = Folding.fold(text);
        List<Entity> named = database.entities(EntityQuery.all().withType(type.orElse(null)).withText(text)
                        .withLimit(EntityQuery.MAX_LIMIT)).items().stream()
                .filter(e -> e.aliases().stream().map(Folding::fold).anyMatch(folded::equals)).toList();
        if (named.isEmpty()) {
            throw new InvalidRequestException("no " + type.map(EntityType::code).orElse("entity") + " is called '" + text + "'");
        }
        if (named.size() > 1) {
            throw new InvalidRequestException(named.size() + " entities are called '" + text + "'; give the id of one: "
                    + String.join(", ", named.stream().limit(SHOWN).map(e -> e.name() + " (" + e.id() + ")").toList()));
        }
        return named.get(0).id();
    }
}
