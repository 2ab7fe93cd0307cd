package org.tsunagu.store.product;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.text.Folding;

/**
 * The places an entity lies in, from itself up to its country (a town to its province to its
 * country, a government to the place it governs), each with the folded names it is known by, so
 * that a buyer's region of interest can be found among them by any of its names.
 */
final class PlaceLineage {

    /** Deeper than any real hierarchy: guards against a cycle that bad data could make. */
    private static final int MAX_DEPTH = 8;
    private static final String UP = """
            WITH RECURSIVE up (start, id, depth) AS (
                SELECT id, id, 0 FROM kb_entities WHERE id IN (<entities>)
                UNION ALL
                SELECT up.start, COALESCE(e.parent_id, e.governs_id), up.depth + 1
                FROM up JOIN kb_entities e ON e.id = up.id
                WHERE COALESCE(e.parent_id, e.governs_id) IS NOT NULL AND up.depth < :maxDepth)
            SELECT up.start, up.id, up.depth, e.name, a.folded FROM up
            JOIN kb_entities e ON e.id = up.id
            LEFT JOIN kb_aliases a ON a.entity_id = up.id
            ORDER BY up.start, up.depth, a.folded""";

    /** One place of the lineage: its id, its name, and every folded name it is known by. */
    record Place(long id, String name, Set<String> folded) {
    }

    private PlaceLineage() {
    }

    /** Each entity's lineage, itself first; entities not found are left out. */
    static Map<Long, List<Place>> of(Handle handle, Collection<Long> entities) {
        Map<Long, Map<Long, Place>> byStart = new HashMap<>();
        if (entities.isEmpty()) {
            return Map.of();
        }
        handle.createQuery(UP).bindList("entities", List.copyOf(entities)).bind("maxDepth", MAX_DEPTH)
                .map((row, ctx) -> new Row(row.getLong("start"), row.getLong("id"), row.getString("name"),
                        row.getString("folded")))
                .forEach(row -> {
                    Place place = byStart.computeIfAbsent(row.start(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(row.id(), k -> new Place(row.id(), row.name(),
                                    new LinkedHashSet<>(Set.of(Folding.fold(row.name())))));
                    if (row.folded() != null) {
                        place.folded().add(row.folded());
                    }
                });
        Map<Long, List<Place>> lineages = new HashMap<>();
        byStart.forEach((start, places) -> lineages.put(start, new ArrayList<>(places.values())));
        return lineages;
    }

    private record Row(long start, long id, String name, String folded) {
    }
}
