package org.tsunagu.store.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Where entities are on a map: the reference place (places.tsv id) an entity is, or else the one
 * the government it is governs ("Da Nang People's Committee" is drawn at Da Nang). Entities that
 * are neither, such as companies, have no place.
 */
public final class EntityPlaces {

    private static final String PLACES = """
            SELECT e.id, COALESCE(e.reference_id, g.reference_id) AS place
            FROM kb_entities e LEFT JOIN kb_entities g ON g.id = e.governs_id
            WHERE e.id IN (<ids>) AND COALESCE(e.reference_id, g.reference_id) IS NOT NULL""";

    private EntityPlaces() {
    }

    /** The reference place of each entity that has one, by entity id. */
    public static Map<Long, String> of(Handle handle, Collection<Long> entities) {
        Map<Long, String> places = new HashMap<>();
        if (!entities.isEmpty()) {
            handle.createQuery(PLACES).bindList("ids", List.copyOf(entities))
                    .map((row, ctx) -> Map.entry(row.getLong("id"), row.getString("place")))
                    .forEach(e -> places.put(e.getKey(), e.getValue()));
        }
        return places;
    }
}
