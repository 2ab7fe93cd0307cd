package org.tsunagu.store.graph;

import static org.tsunagu.store.knowledge.FactYears.YEAR;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.FactType;

/**
 * Reads networks of entities tied by knowledge facts, within bounds: a step from an entity reads
 * at most {@link #FACTS_PER_ENTITY} of its facts (the most recently learned), a step at most
 * {@link #MAX_FACTS_PER_STEP}, and the entities most often named by them are let in first. The
 * ties drawn between the entities let in are those of the same facts: each entity's most recent
 * {@link #FACTS_PER_ENTITY} ({@link #FACTS_PER_OUTER_ENTITY} in the outermost ring), so that a
 * hub named by a million facts costs what one named by 100 does; the network then says it is
 * truncated, and at most {@link #MAX_EDGES} of the ties backed by the most facts are drawn.
 * Rejected facts tie nothing.
 */
public final class GraphReader {

    static final int FACTS_PER_ENTITY = 100;
    /**
     * Facts drawn of each entity of the outermost ring, which no further step spreads from: most
     * of a network's entities are there, and reading 100 facts of each was most of a two-step
     * network's time. Their ties to the entities further in are drawn from those entities' facts.
     */
    static final int FACTS_PER_OUTER_ENTITY = 25;
    static final int MAX_FACTS_PER_STEP = 5_000;
    static final int MAX_EDGES = 3_000;

    private static final String IN_YEARS = "(:from IS NULL OR" + YEAR + ">= :from) "
            + "AND (:to IS NULL OR" + YEAR + "<= :to)";
    /** An entity's most recently learned facts of some kinds and years: a walk down one index however many it has. */
    private static final String RECENT = """
            SELECT x.kb_fact_id FROM kb_fact_entities x JOIN kb_facts k ON k.id = x.kb_fact_id
            WHERE x.entity_id = :entity AND x.type IN (<kinds>) AND k.review_state <> 'rejected'
              AND (:from IS NULL AND :to IS NULL OR\s""" + IN_YEARS + """
            )
            ORDER BY x.kb_fact_id DESC LIMIT :limit""";
    /**
     * The entities each fact names, with the fact's kind and year; the year is worked out once per
     * fact, not once per entity it names (a third of a two-step network's time).
     */
    private static final String NAMED = "SELECT x.kb_fact_id, x.entity_id, x.type, y.year FROM kb_fact_entities x"
            + " JOIN (SELECT k.id," + YEAR + "AS year FROM kb_facts k WHERE k.id IN (<facts>)) y ON y.id = x.kb_fact_id"
            + " ORDER BY x.kb_fact_id, x.entity_id";
    /** Facts whose entities {@link #NAMED} reads at once. */
    private static final int FACTS_PER_READ = 500;

    /**
     * Every tie between two entities of a set, by kind, with how many facts make it and their
     * years; a fact's year is worked out only once it is known to tie two entities of the set. The
     * unary + keeps SQLite from seeking each fact's index once per entity of the set (40 times
     * slower for a set of 100) instead of reading the fact's two or three entities.
     */
    private static final String EDGES = """
            WITH ties AS MATERIALIZED (
                SELECT x.entity_id AS source, y.entity_id AS target, x.type, x.kb_fact_id
                FROM kb_fact_entities x
                JOIN kb_fact_entities y ON y.kb_fact_id = x.kb_fact_id AND +y.entity_id > x.entity_id
                WHERE x.entity_id IN (<entities>) AND +y.entity_id IN (<entities>) AND x.type IN (<kinds>)),
            dated AS (
                SELECT t.source, t.target, t.type,""" + YEAR + """
            AS year
                FROM ties t JOIN kb_facts k ON k.id = t.kb_fact_id
                WHERE k.review_state <> 'rejected')
            SELECT source, target, type, COUNT(*) AS facts, MIN(year) AS first_year, MAX(year) AS last_year FROM dated
            WHERE (:from IS NULL OR year >= :from) AND (:to IS NULL OR year <= :to)
            GROUP BY source, target, type
            ORDER BY source, target, type""";
    private static final String NODES = """
            SELECT id, name, type, level FROM kb_entities WHERE id IN (<entities>) AND merged_into IS NULL""";
    private static final String MOST_CONNECTED = """
            SELECT x.entity_id FROM kb_fact_entities x
            WHERE x.type IN (<kinds>)
            GROUP BY x.entity_id
            ORDER BY COUNT(*) DESC, x.entity_id
            LIMIT :limit""";

    private GraphReader() {
    }

    public static boolean exists(Handle handle, long entity) {
        return handle.createQuery("SELECT COUNT(*) FROM kb_entities WHERE id = :id AND merged_into IS NULL")
                .bind("id", entity).mapTo(Long.class).one() > 0;
    }

    /** The entity, the entities its facts name, and at depth 2 the entities theirs name. */
    public static Graph neighbourhood(Handle handle, GraphQuery query) {
        Spread spread = new Spread(handle, query.kinds(), query.from(), query.to(), query.maxNodes(),
                List.of(query.entity()));
        for (int step = 1; step <= query.depth(); step++) {
            spread.step(step);
        }
        return spread.graph();
    }

    /**
     * The entities named by the most facts of the given kinds (a third of {@code limit}), and the
     * entities their facts name most, {@code limit} in all: hubs with their spokes.
     */
    public static Graph mostConnected(Handle handle, Set<FactType> kinds, int limit) {
        List<Long> hubs = handle.createQuery(MOST_CONNECTED).bindList("kinds", codes(kinds))
                .bind("limit", Math.max(1, limit / 3)).mapTo(Long.class).list();
        if (hubs.isEmpty()) {
            return Graph.empty();
        }
        Spread spread = new Spread(handle, kinds, Optional.empty(), Optional.empty(), limit, hubs);
        spread.step(1);
        return spread.graph();
    }

    /**
     * These entities, at these distances, and every tie between them through facts of the kinds
     * and years given: for a few entities, such as a path's.
     */
    static Graph graph(Handle handle, Map<Long, Integer> distances, Set<FactType> kinds, Optional<Integer> from,
            Optional<Integer> to, boolean truncated) {
        List<GraphNode> nodes = handle.createQuery(NODES).bindList("entities", List.copyOf(distances.keySet()))
                .map((row, ctx) -> node(row, distances)).list().stream()
                .sorted(Comparator.comparing(GraphNode::distance).thenComparing(GraphNode::id)).toList();
        List<GraphEdge> edges = handle.createQuery(EDGES).bindList("entities", List.copyOf(distances.keySet()))
                .bindList("kinds", codes(kinds)).bind("from", from.orElse(null)).bind("to", to.orElse(null))
                .map((row, ctx) -> new GraphEdge(row.getLong("source"), row.getLong("target"),
                        type(row.getString("type")), row.getInt("facts"), year(row, "first_year"), year(row, "last_year")))
                .list();
        return new Graph(nodes, edges, truncated);
    }

    /**
     * A breadth-first spread from some entities, a step at a time: the entities named by the facts
     * of the last step's entities join, those named by the most of these facts first, until
     * {@code maxNodes} are in.
     */
    private static final class Spread {
        private final Handle handle;
        private final Set<FactType> kinds;
        private final Optional<Integer> from;
        private final Optional<Integer> to;
        private final int maxNodes;
        private final Map<Long, Integer> distances = new LinkedHashMap<>();
        private List<Long> frontier;
        private boolean truncated;
        /** Some entity had more facts than were read. */
        private boolean bounded;
        private final Map<Long, List<Long>> recentByEntity = new HashMap<>();
        private final Map<Long, NamedFact> namedFacts = new HashMap<>();

        Spread(Handle handle, Set<FactType> kinds, Optional<Integer> from, Optional<Integer> to, int maxNodes,
                List<Long> start) {
            this.handle = handle;
            this.kinds = kinds;
            this.from = from;
            this.to = to;
            this.maxNodes = maxNodes;
            start.forEach(entity -> distances.put(entity, 0));
            frontier = start;
        }

        void step(int distance) {
            if (frontier.isEmpty()) {
                return;
            }
            List<Long> facts = recentFacts(frontier, MAX_FACTS_PER_STEP);
            truncated |= facts.size() >= MAX_FACTS_PER_STEP;
            Map<Long, Integer> namings = new HashMap<>();
            named(facts).forEach(fact -> fact.entities().stream().filter(e -> !distances.containsKey(e))
                    .forEach(e -> namings.merge(e, 1, Integer::sum)));
            List<Long> candidates = new ArrayList<>(namings.keySet());
            candidates.sort(Comparator.comparing((Long e) -> -namings.get(e)).thenComparing(e -> e));
            List<Long> added = new ArrayList<>();
            for (long candidate : candidates) {
                if (distances.size() >= maxNodes) {
                    truncated = true;
                    break;
                }
                distances.put(candidate, distance);
                added.add(candidate);
            }
            frontier = added;
        }

        /** The entities let in, and the ties that their most recent facts make between them. */
        Graph graph() {
            List<GraphNode> nodes = handle.createQuery(NODES).bindList("entities", List.copyOf(distances.keySet()))
                    .map((row, ctx) -> node(row, distances)).list().stream()
                    .sorted(Comparator.comparing(GraphNode::distance).thenComparing(GraphNode::id)).toList();
            Ties ties = new Ties(distances.keySet());
            int outer = distances.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Set<Long> facts = new LinkedHashSet<>();
            distances.forEach((entity, distance) -> facts.addAll(recentByEntity.computeIfAbsent(entity,
                    e -> recentFacts(e, distance == outer && outer > 0 ? FACTS_PER_OUTER_ENTITY : FACTS_PER_ENTITY))));
            named(List.copyOf(facts)).forEach(ties::add);
            List<GraphEdge> edges = ties.strongest(MAX_EDGES);
            return new Graph(nodes, edges, truncated || bounded || ties.count() > edges.size());
        }

        /** Each entity's most recent facts, {@link #FACTS_PER_ENTITY} at most, {@code max} in all, each once. */
        private List<Long> recentFacts(List<Long> entities, int max) {
            Set<Long> facts = new LinkedHashSet<>();
            for (long entity : entities) {
                List<Long> recent = recentByEntity.computeIfAbsent(entity, e -> recentFacts(e, FACTS_PER_ENTITY));
                for (long fact : recent) {
                    if (facts.size() >= max) {
                        return List.copyOf(facts);
                    }
                    facts.add(fact);
                }
            }
            return List.copyOf(facts);
        }

        private List<Long> recentFacts(long entity, int limit) {
            List<Long> recent = handle.createQuery(RECENT).bind("entity", entity).bindList("kinds", codes(kinds))
                    .bind("from", from.orElse(null)).bind("to", to.orElse(null)).bind("limit", limit)
                    .mapTo(Long.class).list();
            bounded |= recent.size() >= limit;
            return recent;
        }

        /** The facts with the entities each names, read a batch at a time; a fact read by an earlier step is not read again. */
        private List<NamedFact> named(List<Long> facts) {
            List<Long> unread = facts.stream().filter(fact -> !namedFacts.containsKey(fact)).toList();
            for (int start = 0; start < unread.size(); start += FACTS_PER_READ) {
                handle.createQuery(NAMED)
                        .bindList("facts", unread.subList(start, Math.min(unread.size(), start + FACTS_PER_READ)))
                        .map((row, ctx) -> new NamedFact(row.getLong("kb_fact_id"), type(row.getString("type")),
                                year(row, "year"), new ArrayList<>(List.of(row.getLong("entity_id")))))
                        .forEach(row -> namedFacts.merge(row.id(), row, (a, b) -> {
                            a.entities().addAll(b.entities());
                            return a;
                        }));
            }
            return facts.stream().map(namedFacts::get).toList();
        }
    }

    static List<String> codes(Set<FactType> kinds) {
        return kinds.stream().map(FactType::code).toList();
    }

    private static GraphNode node(ResultSet row, Map<Long, Integer> distances) throws SQLException {
        long id = row.getLong("id");
        return new GraphNode(id, row.getString("name"),
                Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(),
                Optional.ofNullable(row.getString("level")), distances.get(id));
    }

    private static Optional<Integer> year(ResultSet row, String column) throws SQLException {
        int year = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(year);
    }

    private static FactType type(String code) {
        return Coded.fromCode(FactType.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown fact type in the store: " + code));
    }
}
