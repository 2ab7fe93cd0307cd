package org.tsunagu.store.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;

/**
 * Who works with whom, read within bounds: the entities tied to some entities by agreements,
 * standing ties, investment and events, where neither is only the place something happened in
 * (a signing in Hanoi ties its parties, not Hanoi) (at most {@link #FACTS_PER_ENTITY} of each entity's most
 * recent facts), whether a tie is a sister-city one, and the entities themselves.
 */
final class Neighbourhood {

    static final int FACTS_PER_ENTITY = 200;
    private static final int MAX_TIES = 5_000;

    /** A tie between two entities; {@code sister} when a friendship tie is among its facts. */
    record Tie(long from, long to, boolean sister) {
    }

    /** An entity as suggestions need it: its place in the hierarchy, merged ones left out. */
    record Node(long id, String name, EntityType type, Optional<String> level, Optional<Long> parent) {
        boolean isCountry() {
            return level.filter("country"::equals).isPresent();
        }
    }

    private static final String TIES = """
            WITH ranked AS (
                SELECT x.entity_id, x.kb_fact_id,
                       ROW_NUMBER() OVER (PARTITION BY x.entity_id ORDER BY x.kb_fact_id DESC) AS rank
                FROM kb_fact_entities x
                WHERE x.entity_id IN (<entities>) AND x.type IN ('agreement', 'relationship', 'investment', 'event')
                  AND x.kb_fact_id NOT IN (SELECT id FROM kb_facts WHERE review_state = 'rejected'))
            SELECT r.entity_id AS source, y.entity_id AS target,
                   MAX(CASE WHEN y.type = 'relationship' AND EXISTS (
                           SELECT 1 FROM facts f WHERE f.kb_fact_id = r.kb_fact_id
                             AND CAST(json_extract(f.payload, '$.kind') AS TEXT) = 'friendship') THEN 1 ELSE 0 END) AS sister
            FROM ranked r JOIN kb_fact_entities y ON y.kb_fact_id = r.kb_fact_id AND y.entity_id <> r.entity_id
            WHERE r.rank <= :perEntity
              AND NOT EXISTS (SELECT 1 FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
                              WHERE f.kb_fact_id = r.kb_fact_id AND a.resolved_id IN (r.entity_id, y.entity_id)
                                AND a.role IN ('location', 'showcased_at'))
            GROUP BY r.entity_id, y.entity_id
            ORDER BY r.entity_id, y.entity_id
            LIMIT :maxTies""";
    private static final String NODES = """
            SELECT id, name, type, level, parent_id FROM kb_entities WHERE id IN (<ids>) AND merged_into IS NULL""";
    private static final String CHILDREN = """
            SELECT id FROM kb_entities WHERE parent_id IN (<parents>) AND merged_into IS NULL AND type = 'place'
            ORDER BY id LIMIT :limit""";

    private final Handle handle;

    Neighbourhood(Handle handle) {
        this.handle = handle;
    }

    /** The ties of each of the entities, by entity. */
    Map<Long, List<Tie>> tiesOf(Collection<Long> entities) {
        Map<Long, List<Tie>> ties = new LinkedHashMap<>();
        if (entities.isEmpty()) {
            return ties;
        }
        handle.createQuery(TIES).bindList("entities", List.copyOf(entities)).bind("perEntity", FACTS_PER_ENTITY)
                .bind("maxTies", MAX_TIES)
                .map((row, ctx) -> new Tie(row.getLong("source"), row.getLong("target"), row.getInt("sister") == 1))
                .forEach(tie -> ties.computeIfAbsent(tie.from(), k -> new ArrayList<>()).add(tie));
        return ties;
    }

    Map<Long, Node> nodes(Collection<Long> ids) {
        Map<Long, Node> nodes = new HashMap<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        handle.createQuery(NODES).bindList("ids", List.copyOf(ids)).map((row, ctx) -> {
            long parent = row.getLong("parent_id");
            Optional<Long> parentId = row.wasNull() ? Optional.empty() : Optional.of(parent);
            return new Node(row.getLong("id"), row.getString("name"),
                    Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(),
                    Optional.ofNullable(row.getString("level")), parentId);
        }).forEach(node -> nodes.put(node.id(), node));
        return nodes;
    }

    /** The places directly within these places, to a bound. */
    List<Long> placesWithin(Collection<Long> parents, int limit) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(CHILDREN).bindList("parents", List.copyOf(parents)).bind("limit", limit)
                .mapTo(Long.class).list();
    }
}
