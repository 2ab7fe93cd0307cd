package org.tsunagu.store.vitality;

import static org.tsunagu.store.knowledge.FactYears.STATED_YEAR;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.FactType;

/**
 * Reads ties between places and organisations from the knowledge base's read model (all of them in
 * one query, one entity's in three):
 * each pair of places or organisations that a knowledge fact names (kb_fact_entities), with the
 * fact's kind and year and the country each end lies in. People and groups tie nothing, nor do
 * roles; rejected facts are left out.
 */
final class TieReader {

    private static final List<String> TYPES = List.of(FactType.AGREEMENT, FactType.RELATIONSHIP, FactType.EVENT,
            FactType.INVESTMENT, FactType.PRODUCT).stream().map(FactType::code).toList();
    private static final String TIE_ENTITIES = """
            (SELECT id FROM kb_entities WHERE type IN ('place', 'organisation') AND merged_into IS NULL)""";
    /**
     * Every pair a fact names, the lower id first. The unary + keeps SQLite from seeking each
     * fact's index once per place and organisation of the base (minutes at 1,000 documents)
     * instead of reading the fact's two or three entities.
     */
    private static final String ALL_PAIRS = """
            pairs AS MATERIALIZED (
                SELECT x.kb_fact_id, x.entity_id AS a, y.entity_id AS b
                FROM kb_fact_entities x
                JOIN kb_fact_entities y ON y.kb_fact_id = x.kb_fact_id AND y.entity_id > x.entity_id
                WHERE x.type IN (<types>) AND x.entity_id IN""" + TIE_ENTITIES + " AND +y.entity_id IN" + TIE_ENTITIES
            + ")";
    /** The facts of one entity, the most recently learned first, walking kb_fact_entities_recent backwards. */
    private static final String RECENT_FACTS = """
            SELECT DISTINCT r.kb_fact_id FROM kb_fact_entities r WHERE r.entity_id = :entity AND r.type IN (<types>)
            ORDER BY r.kb_fact_id DESC LIMIT :recent""";
    /** The pairs of one entity's most recent facts, read from its own rows of the index. */
    private static final String PAIRS_OF_ENTITY = """
            SELECT x.kb_fact_id, CASE WHEN x.entity_id < y.entity_id THEN x.entity_id ELSE y.entity_id END AS a,
                   CASE WHEN x.entity_id < y.entity_id THEN y.entity_id ELSE x.entity_id END AS b
            FROM kb_fact_entities x
            JOIN kb_fact_entities y ON y.kb_fact_id = x.kb_fact_id AND y.entity_id <> x.entity_id
            WHERE x.entity_id = :entity AND x.kb_fact_id IN (""" + RECENT_FACTS + """
            ) AND x.type IN (<types>) AND x.entity_id IN""" + TIE_ENTITIES
            + " AND +y.entity_id IN" + TIE_ENTITIES;
    private static final String COUNT_RECENT_FACTS = "SELECT COUNT(*) FROM (" + RECENT_FACTS + ") n";
    /**
     * Facts that are not rejected, each with the kind and status of its best statement (the most
     * confident, the first stored on ties) unless a person edited them; the ids follow.
     */
    private static final String FACT_COLUMNS = """
            SELECT k.id AS fact, k.type, COALESCE(k.edits ->> '$.kind', f.payload ->> '$.kind') AS kind,
                   COALESCE(k.edits ->> '$.status', f.payload ->> '$.status') AS status,""" + STATED_YEAR + """
            AS stated_year,
                   NULLIF(CAST(substr(k.first_seen, 1, 4) AS INTEGER), 0) AS seen_year
            FROM kb_facts k
            JOIN facts f ON f.id = (SELECT s.id FROM facts s WHERE s.kb_fact_id = k.id
                                    ORDER BY s.confidence DESC, s.id LIMIT 1)
            WHERE k.review_state <> 'rejected' AND k.id IN""";
    /**
     * From each end, up the place hierarchy to its country, a government from the place it
     * governs: once for each end rather than for each row.
     */
    private static final String UP = """
            up (start, id, depth) AS (
                SELECT id, id, 0 FROM ends
                UNION ALL
                SELECT up.start, COALESCE(e.parent_id, e.governs_id), up.depth + 1
                FROM up JOIN kb_entities e ON e.id = up.id
                WHERE (e.level IS NULL OR e.level <> 'country') AND COALESCE(e.parent_id, e.governs_id) IS NOT NULL AND up.depth < 8)""";
    /** The facts of the pairs, each once, and the country of each end. */
    private static final String TIES = ",\n" + "shared AS MATERIALIZED (" + FACT_COLUMNS + """
             (SELECT kb_fact_id FROM pairs)),
            ends AS (SELECT a AS id FROM pairs UNION SELECT b FROM pairs),
            """ + UP + """
            ,
            countries AS MATERIALIZED (
                SELECT up.start AS id, MIN(c.name) AS name FROM up JOIN kb_entities c ON c.id = up.id
                WHERE c.level = 'country' GROUP BY up.start)
            SELECT p.a, ea.name AS a_name, ea.type AS a_type, ca.name AS a_country,
                   p.b, eb.name AS b_name, eb.type AS b_type, cb.name AS b_country,
                   s.fact, s.type, s.kind, s.status, s.stated_year, s.seen_year
            FROM pairs p JOIN shared s ON s.fact = p.kb_fact_id
            JOIN kb_entities ea ON ea.id = p.a JOIN kb_entities eb ON eb.id = p.b
            LEFT JOIN countries ca ON ca.id = p.a LEFT JOIN countries cb ON cb.id = p.b
            ORDER BY p.a, p.b, s.fact""";
    private static final String EVERY_TIE = "WITH RECURSIVE " + ALL_PAIRS + TIES;
    /** The facts of one entity's pairs that are not rejected. */
    private static final String FACTS_OF_PAIRS = FACT_COLUMNS + " (<facts>)";
    private static final String ENDS = "SELECT id, name, type FROM kb_entities WHERE id IN (<ends>)";
    private static final String COUNTRIES_OF_ENDS =
            "WITH RECURSIVE ends AS (SELECT id FROM kb_entities WHERE id IN (<ends>)),\n" + UP + """

            SELECT up.start AS id, MIN(c.name) AS country FROM up JOIN kb_entities c ON c.id = up.id
            WHERE c.level = 'country' GROUP BY up.start""";
    /** Ends whose names and countries one statement reads. */
    private static final int ENDS_PER_READ = 1_000;

    private TieReader() {
    }

    /** Every tie of the knowledge base, or of one entity's {@code recentFacts} most recently learned facts. */
    static List<Tie> ties(Handle handle, Optional<Long> entity, int recentFacts) {
        List<Row> rows = entity.isPresent() ? rowsOf(handle, entity.get(), recentFacts)
                : handle.createQuery(EVERY_TIE).bindList("types", TYPES)
                        .map((row, ctx) -> new Row(end(row, "a"), end(row, "b"), fact(row))).list();
        Map<List<Long>, TieRows> ties = new LinkedHashMap<>();
        rows.forEach(row -> ties
                .computeIfAbsent(List.of(row.a().id(), row.b().id()),
                        key -> new TieRows(row.a(), row.b(), new ArrayList<>()))
                .facts().add(row.fact()));
        return ties.values().stream().map(tie -> new Tie(tie.a(), tie.b(), tie.facts())).toList();
    }

    /**
     * One entity's tie rows, in the order of {@link #EVERY_TIE}'s, from three reads joined here:
     * its pairs, their facts, and the ends. As one query PostgreSQL took 2.5–4.7 s for an entity
     * at 100,000 articles: it guessed 7 rows for 21,238 pairs and joined them by nested loops,
     * discarding 16 million row pairs; the pairs alone took 66 ms.
     */
    private static List<Row> rowsOf(Handle handle, long entity, int recentFacts) {
        List<Pair> pairs = handle.createQuery(PAIRS_OF_ENTITY).bind("entity", entity).bind("recent", recentFacts)
                .bindList("types", TYPES)
                .map((row, ctx) -> new Pair(row.getLong("a"), row.getLong("b"), row.getLong("kb_fact_id"))).list();
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Long, TieFact> facts = new HashMap<>();
        handle.createQuery(FACTS_OF_PAIRS).bindList("facts", pairs.stream().map(Pair::fact).distinct().toList())
                .map((row, ctx) -> fact(row)).forEach(fact -> facts.put(fact.fact(), fact));
        Map<Long, TieEnd> ends = ends(handle, pairs);
        return pairs.stream().filter(pair -> facts.containsKey(pair.fact()))
                .sorted(Comparator.comparingLong(Pair::a).thenComparingLong(Pair::b).thenComparingLong(Pair::fact))
                .map(pair -> new Row(ends.get(pair.a()), ends.get(pair.b()), facts.get(pair.fact()))).toList();
    }

    /** The ends of the pairs with their names and countries, a thousand at a time. */
    private static Map<Long, TieEnd> ends(Handle handle, List<Pair> pairs) {
        List<Long> all = pairs.stream().flatMap(pair -> Stream.of(pair.a(), pair.b())).distinct().toList();
        Map<Long, TieEnd> ends = new HashMap<>();
        for (int from = 0; from < all.size(); from += ENDS_PER_READ) {
            List<Long> some = all.subList(from, Math.min(all.size(), from + ENDS_PER_READ));
            Map<Long, String> countries = new HashMap<>();
            handle.createQuery(COUNTRIES_OF_ENDS).bindList("ends", some)
                    .map((row, ctx) -> Map.entry(row.getLong("id"), row.getString("country")))
                    .forEach(country -> countries.put(country.getKey(), country.getValue()));
            handle.createQuery(ENDS).bindList("ends", some)
                    .map((row, ctx) -> new TieEnd(row.getLong("id"), row.getString("name"),
                            Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(),
                            Optional.ofNullable(countries.get(row.getLong("id")))))
                    .forEach(end -> ends.put(end.id(), end));
        }
        return ends;
    }

    /** Whether more facts than {@code recentFacts} name the entity, so that its ties were read from some only. */
    static boolean namedByMoreFacts(Handle handle, long entity, int recentFacts) {
        return handle.createQuery(COUNT_RECENT_FACTS).bind("entity", entity).bind("recent", recentFacts + 1)
                .bindList("types", TYPES).mapTo(Integer.class).one() > recentFacts;
    }

    private static TieFact fact(ResultSet row) throws SQLException {
        String code = row.getString("type");
        FactType type = Coded.fromCode(FactType.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown fact type in the store: " + code));
        Optional<Integer> stated = year(row, "stated_year");
        Optional<Integer> seen = year(row, "seen_year");
        // A standing tie's report says nothing of when it was active, only that it exists.
        Optional<Integer> year = type == FactType.RELATIONSHIP ? stated : stated.or(() -> seen);
        return new TieFact(row.getLong("fact"), Activity.of(type, row.getString("kind"), row.getString("status")),
                year);
    }

    private static TieEnd end(ResultSet row, String end) throws SQLException {
        return new TieEnd(row.getLong(end), row.getString(end + "_name"),
                Coded.fromCode(EntityType.class, row.getString(end + "_type")).orElseThrow(),
                Optional.ofNullable(row.getString(end + "_country")));
    }

    private static Optional<Integer> year(ResultSet row, String column) throws SQLException {
        int year = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(year);
    }

    private record Row(TieEnd a, TieEnd b, TieFact fact) {
    }

    private record Pair(long a, long b, long fact) {
    }

    private record TieRows(TieEnd a, TieEnd b, List<TieFact> facts) {
    }
}
