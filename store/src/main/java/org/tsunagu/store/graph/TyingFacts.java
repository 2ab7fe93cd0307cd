package org.tsunagu.store.graph;

import static org.tsunagu.store.knowledge.FactYears.YEAR;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;

/**
 * The knowledge facts behind a network's edges: those that name two or more of some entities,
 * through facts of the given kinds whose year lies in [from, to], as {@link GraphReader} counts
 * them. Asked about two entities, they are the facts of the edge between them; asked about the
 * entities of a drawn network, the facts of all its edges. Rejected facts tie nothing.
 */
public final class TyingFacts {

    private static final String AMONG = """
            SELECT DISTINCT x.kb_fact_id
            FROM kb_fact_entities x
            JOIN kb_fact_entities y ON y.kb_fact_id = x.kb_fact_id AND +y.entity_id > x.entity_id
            JOIN kb_facts k ON k.id = x.kb_fact_id
            WHERE x.entity_id IN (<entities>) AND +y.entity_id IN (<entities>) AND x.type IN (<kinds>)
              AND k.review_state <> 'rejected'
              AND (:from IS NULL OR""" + YEAR + ">= :from) AND (:to IS NULL OR" + YEAR + """
            <= :to)
            ORDER BY x.kb_fact_id""";

    private TyingFacts() {
    }

    /** The ids of the knowledge facts, oldest first; none for fewer than two entities. */
    public static List<Long> among(Handle handle, Collection<Long> entities, Set<FactType> kinds,
            Optional<Integer> from, Optional<Integer> to) {
        if (entities.size() < 2 || kinds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(AMONG).bindList("entities", List.copyOf(entities))
                .bindList("kinds", GraphReader.codes(kinds)).bind("from", from.orElse(null)).bind("to", to.orElse(null))
                .mapTo(Long.class).list();
    }
}
