package org.tsunagu.store.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;

/**
 * Shortest paths between two entities by breadth-first search from both ends at once, a step at
 * a time from the end with the smaller frontier, each step one query. The network is unweighted,
 * so this finds every shortest path without loading the network into memory; the search gives up
 * past {@link #MAX_STEPS} steps, and bounds the entities it expands.
 */
public final class PathFinder {

    public static final int MAX_STEPS = 4;
    static final int MAX_PATHS = 10;
    static final int MAX_FRONTIER = 2_000;
    static final int MAX_NEIGHBOUR_ROWS = 50_000;

    private static final String NEIGHBOURS = """
            SELECT DISTINCT x.entity_id AS entity, y.entity_id AS neighbour
            FROM kb_fact_entities x
            JOIN kb_fact_entities y ON y.kb_fact_id = x.kb_fact_id AND +y.entity_id <> x.entity_id
            WHERE x.entity_id IN (<entities>) AND x.type IN (<kinds>)
              AND x.kb_fact_id NOT IN (SELECT id FROM kb_facts WHERE review_state = 'rejected')
            LIMIT :limit""";

    private PathFinder() {
    }

    public static Paths between(Handle handle, long from, long to, Set<FactType> kinds) {
        Search start = new Search(from);
        Search end = new Search(to);
        boolean truncated = false;
        List<Long> meeting = from == to ? List.of(from) : List.of();
        for (int step = 0; step < MAX_STEPS && meeting.isEmpty(); step++) {
            Search near = start.frontier.size() <= end.frontier.size() ? start : end;
            Search far = near == start ? end : start;
            if (near.frontier.isEmpty()) {
                break;
            }
            truncated |= near.expand(neighbours(handle, near.frontier, kinds));
            meeting = closest(near, far);
        }
        List<List<Long>> paths = new ArrayList<>();
        for (long middle : meeting) {
            for (List<Long> head : start.pathsTo(middle)) {
                for (List<Long> tail : end.pathsTo(middle)) {
                    if (paths.size() == MAX_PATHS) {
                        truncated = true;
                        break;
                    }
                    List<Long> path = new ArrayList<>(head);
                    List<Long> back = new ArrayList<>(tail.subList(0, tail.size() - 1));
                    Collections.reverse(back);
                    path.addAll(back);
                    paths.add(path);
                }
            }
        }
        Map<Long, Integer> distances = new LinkedHashMap<>();
        paths.forEach(path -> {
            for (int i = 0; i < path.size(); i++) {
                distances.putIfAbsent(path.get(i), i);
            }
        });
        Graph graph = distances.isEmpty() ? Graph.empty()
                : GraphReader.graph(handle, distances, kinds, Optional.empty(), Optional.empty(), truncated);
        return new Paths(paths, graph, truncated);
    }

    /** The entities both searches reached, at the least distance from both ends together. */
    private static List<Long> closest(Search near, Search far) {
        int best = Integer.MAX_VALUE;
        List<Long> closest = new ArrayList<>();
        for (long entity : near.frontier) {
            Integer rest = far.distances.get(entity);
            if (rest == null) {
                continue;
            }
            int length = near.distances.get(entity) + rest;
            if (length < best) {
                best = length;
                closest.clear();
            }
            if (length == best) {
                closest.add(entity);
            }
        }
        closest.sort(null);
        return closest;
    }

    private static Map<Long, List<Long>> neighbours(Handle handle, List<Long> entities, Set<FactType> kinds) {
        Map<Long, List<Long>> neighbours = new HashMap<>();
        handle.createQuery(NEIGHBOURS).bindList("entities", entities).bindList("kinds", GraphReader.codes(kinds))
                .bind("limit", MAX_NEIGHBOUR_ROWS)
                .map((row, ctx) -> Map.entry(row.getLong("entity"), row.getLong("neighbour")))
                .forEach(e -> neighbours.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return neighbours;
    }

    /** One end's breadth-first search: how far each reached entity is, and the entities it was reached from. */
    private static final class Search {
        private final long origin;
        private final Map<Long, Integer> distances = new HashMap<>();
        private final Map<Long, Set<Long>> parents = new HashMap<>();
        private List<Long> frontier;

        Search(long origin) {
            this.origin = origin;
            distances.put(origin, 0);
            frontier = List.of(origin);
        }

        /** Moves the frontier one step out; true when the search had to leave entities out. */
        boolean expand(Map<Long, List<Long>> neighbours) {
            boolean truncated = neighbours.values().stream().mapToInt(List::size).sum() >= MAX_NEIGHBOUR_ROWS;
            List<Long> next = new ArrayList<>();
            for (long entity : frontier) {
                int distance = distances.get(entity) + 1;
                for (long neighbour : neighbours.getOrDefault(entity, List.of())) {
                    if (!distances.containsKey(neighbour)) {
                        if (next.size() == MAX_FRONTIER) {
                            truncated = true;
                            continue;
                        }
                        distances.put(neighbour, distance);
                        next.add(neighbour);
                    }
                    if (distances.get(neighbour) == distance) {
                        parents.computeIfAbsent(neighbour, k -> new TreeSet<>()).add(entity);
                    }
                }
            }
            frontier = next;
            return truncated;
        }

        /** Shortest paths from the origin to the entity, at most {@link #MAX_PATHS} of them. */
        List<List<Long>> pathsTo(long entity) {
            if (entity == origin) {
                return List.of(List.of(origin));
            }
            List<List<Long>> paths = new ArrayList<>();
            for (long parent : parents.getOrDefault(entity, Set.of())) {
                for (List<Long> path : pathsTo(parent)) {
                    if (paths.size() == MAX_PATHS) {
                        return paths;
                    }
                    List<Long> longer = new ArrayList<>(path);
                    longer.add(entity);
                    paths.add(longer);
                }
            }
            return paths;
        }
    }
}
