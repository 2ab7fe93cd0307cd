package org.tsunagu.store.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The country each entity lies in, found by walking up the place hierarchy (a city to its region
 * to its country, a government to the place it governs), as search facets do. Entities outside it
 * (a company, a person) have no country; a country lies in itself.
 */
public final class Countries {

    /** Deeper than any real hierarchy: guards against a cycle that bad data could make. */
    private static final int MAX_DEPTH = 8;
    private static final String UP = """
            WITH RECURSIVE up (start, id, depth) AS (
                SELECT id, id, 0 FROM kb_entities WHERE id IN (<entities>)
                UNION ALL
                SELECT up.start, COALESCE(e.parent_id, e.governs_id), up.depth + 1
                FROM up JOIN kb_entities e ON e.id = up.id
                WHERE (e.level IS NULL OR e.level <> 'country') AND COALESCE(e.parent_id, e.governs_id) IS NOT NULL
                  AND up.depth < :maxDepth)
            SELECT up.start, e.name FROM up JOIN kb_entities e ON e.id = up.id WHERE e.level = 'country'""";

    private Countries() {
    }

    /** The country's name by entity id; entities in no known country are left out. */
    public static Map<Long, String> of(Handle handle, Collection<Long> entities) {
        Map<Long, String> countries = new HashMap<>();
        if (entities.isEmpty()) {
            return countries;
        }
        handle.createQuery(UP).bindList("entities", List.copyOf(entities)).bind("maxDepth", MAX_DEPTH)
                .map((row, ctx) -> Map.entry(row.getLong("start"), row.getString("name")))
                .forEach(entry -> countries.putIfAbsent(entry.getKey(), entry.getValue()));
        return countries;
    }
}
