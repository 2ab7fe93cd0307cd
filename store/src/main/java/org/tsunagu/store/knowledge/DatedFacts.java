package org.tsunagu.store.knowledge;

import static org.tsunagu.store.knowledge.FactYears.YEAR;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;

/**
 * The knowledge facts of some types whose year (as {@link FactYears} reads it, a person's edit
 * first) lies in a span of years, for calendars and timelines: in year order, rejected facts left
 * out, optionally only those that name one entity.
 */
public final class DatedFacts {

    private static final String IDS = "SELECT id FROM (SELECT k.id, " + YEAR + " AS year FROM kb_facts k " + """
            WHERE k.type IN (<types>) AND k.review_state <> 'rejected'
              AND (:entity IS NULL OR k.id IN (SELECT x.kb_fact_id FROM kb_fact_entities x WHERE x.entity_id = :entity))) dated
            WHERE year BETWEEN :first AND :last
            ORDER BY year, id LIMIT :limit OFFSET :offset""";

    private DatedFacts() {
    }

    /**
     * Facts dated from {@code firstYear} to {@code lastYear}, both included: at most {@code limit}, after
     * skipping {@code offset}.
     */
    public static List<CitedFact> between(Handle handle, Set<FactType> types, Optional<Long> entity, int firstYear,
            int lastYear, int limit, int offset) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<Long> ids = handle.createQuery(IDS).bindList("types", types.stream().map(FactType::code).toList())
                .bind("entity", entity.orElse(null)).bind("first", firstYear).bind("last", lastYear)
                .bind("limit", limit).bind("offset", offset).mapTo(Long.class).list();
        return FactsAbout.cited(handle, ids);
    }
}
