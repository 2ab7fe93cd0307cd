package org.tsunagu.web.entity;

import java.util.List;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.PageLinks;

/** A page of entities by type and name, with the search that found them; for editors, a link to suggested duplicates. */
record EntityListPage(Page<Entity> entities, EntityQuery query, PageLinks paging, boolean curator) {

    List<EntityType> types() {
        return List.of(EntityType.values());
    }

    boolean selected(EntityType type) {
        return query.type().filter(type::equals).isPresent();
    }

    String text() {
        return query.text().orElse("");
    }

    /** "Da Nang (city in Vietnam)", "Sakai City Government (governs Sakai)". */
    static String where(Entity entity) {
        String level = entity.level().map(l -> l + entity.parent().map(p -> " in " + p).orElse("")).orElse("");
        String governs = entity.governs().map(g -> "governs " + g).orElse("");
        return level.isEmpty() ? governs : level;
    }

    /** The names it is also mentioned by: "Danang; Đà Nẵng". */
    static String otherNames(Entity entity) {
        return String.join("; ", entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList());
    }
}
