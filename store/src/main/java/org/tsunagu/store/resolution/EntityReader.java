package org.tsunagu.store.resolution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.text.Folding;

/** Reads canonical entities; merged-away entities are not listed. */
public final class EntityReader {

    private static final String MATCHING = """
            FROM kb_entities e
            LEFT JOIN kb_entities p ON p.id = e.parent_id
            LEFT JOIN kb_entities g ON g.id = e.governs_id
            WHERE e.merged_into IS NULL
              AND (:type IS NULL OR e.type = :type)
              AND (:pattern IS NULL OR EXISTS (SELECT 1 FROM kb_aliases a WHERE a.entity_id = e.id
                                               AND a.folded LIKE :pattern ESCAPE '\\'))
            """;
    private static final String FIND = "SELECT e.id, e.type, e.name, e.level, e.reference_id, e.curated, p.name AS parent, "
            + "g.name AS governs, (SELECT COALESCE(SUM(mentions), 0) FROM kb_aliases a WHERE a.entity_id = e.id) AS mentions "
            + MATCHING + "ORDER BY e.type, e.name, e.id LIMIT :limit OFFSET :offset";
    private static final String COUNT = "SELECT COUNT(*) " + MATCHING;
    /** More merges of merges than people make: a guard against a cycle in hand-edited data. */
    private static final int MAX_MERGES = 64;

    private EntityReader() {
    }

    public static Page<Entity> find(Handle handle, EntityQuery query) {
        String type = query.type().map(EntityType::code).orElse(null);
        String pattern = query.text().map(EntityReader::containing).orElse(null);
        long total = handle.createQuery(COUNT).bind("type", type).bind("pattern", pattern).mapTo(Long.class).one();
        List<Entity> items = handle.createQuery(FIND).bind("type", type).bind("pattern", pattern)
                .bind("limit", query.limit()).bind("offset", query.offset())
                .map((row, ctx) -> entity(row))
                .list();
        return new Page<>(total, items.stream().map(e -> withAliases(handle, e)).toList());
    }

    public static Optional<Entity> find(Handle handle, long id) {
        return handle.createQuery("""
                SELECT e.id, e.type, e.name, e.level, e.reference_id, e.curated, p.name AS parent, g.name AS governs,
                       (SELECT COALESCE(SUM(mentions), 0) FROM kb_aliases a WHERE a.entity_id = e.id) AS mentions
                FROM kb_entities e LEFT JOIN kb_entities p ON p.id = e.parent_id LEFT JOIN kb_entities g ON g.id = e.governs_id
                WHERE e.id = :id AND e.merged_into IS NULL""")
                .bind("id", id)
                .map((row, ctx) -> entity(row))
                .findOne().map(e -> withAliases(handle, e));
    }

    /**
     * The entity that a merged-away entity became, following merges of merges; empty for an
     * entity never merged away or unknown.
     */
    public static Optional<Long> survivorOf(Handle handle, long id) {
        return handle.createQuery("""
                WITH RECURSIVE chain (id, depth) AS (
                    SELECT merged_into, 1 FROM kb_entities WHERE id = :id AND merged_into IS NOT NULL
                    UNION ALL
                    SELECT e.merged_into, chain.depth + 1 FROM kb_entities e JOIN chain ON e.id = chain.id
                    WHERE e.merged_into IS NOT NULL AND chain.depth < :maxDepth)
                SELECT id FROM chain ORDER BY depth DESC LIMIT 1""")
                .bind("id", id).bind("maxDepth", MAX_MERGES)
                .mapTo(Long.class).findOne();
    }

    public static long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM kb_entities WHERE merged_into IS NULL").mapTo(Long.class).one();
    }

    private static Entity withAliases(Handle handle, Entity e) {
        List<String> aliases = handle.createQuery("SELECT name FROM kb_aliases WHERE entity_id = :id ORDER BY folded")
                .bind("id", e.id()).mapTo(String.class).list();
        return new Entity(e.id(), e.type(), e.name(), aliases, e.level(), e.parent(), e.governs(), e.mentions(),
                e.curated(), e.nativeName());
    }

    private static Entity entity(ResultSet row) throws SQLException {
        PlaceWords words = PlaceWords.of(row.getString("reference_id"));
        String name = row.getString("name");
        return new Entity(row.getLong("id"), Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(), name,
                List.of(), words.level(row.getString("level")), Optional.ofNullable(row.getString("parent")),
                Optional.ofNullable(row.getString("governs")), row.getLong("mentions"), row.getInt("curated") == 1,
                words.nativeName(name));
    }

    private static String containing(String text) {
        String literal = Folding.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
