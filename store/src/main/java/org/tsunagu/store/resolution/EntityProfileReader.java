package org.tsunagu.store.resolution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;

/** Reads an entity's profile: itself, the hierarchy around it and what governs what. */
public final class EntityProfileReader {

    /** More places within one than a page lists; the rest are a search away. */
    public static final int MAX_PLACES = 100;
    /** Deeper than any real hierarchy: a guard against a cycle in hand-edited data. */
    private static final int MAX_DEPTH = 8;

    private static final String ANCESTORS = """
            WITH RECURSIVE up (id, depth) AS (
                SELECT :start, 0
                UNION ALL
                SELECT e.parent_id, up.depth + 1 FROM kb_entities e JOIN up ON e.id = up.id
                WHERE e.parent_id IS NOT NULL AND up.depth < :maxDepth)
            SELECT e.id, e.name, e.type, e.level, e.reference_id FROM up JOIN kb_entities e ON e.id = up.id
            WHERE up.depth >= :from
            ORDER BY up.depth DESC""";
    private static final String GOVERNED_BY = """
            SELECT id, name, type, level, reference_id FROM kb_entities WHERE governs_id = :id AND merged_into IS NULL
            ORDER BY name, id""";
    private static final String PLACES = """
            SELECT id, name, type, level, reference_id FROM kb_entities WHERE parent_id = :id AND merged_into IS NULL
            ORDER BY name, id LIMIT :limit""";
    private static final String GOVERNS = """
            SELECT g.id, g.name, g.type, g.level, g.reference_id FROM kb_entities e JOIN kb_entities g ON g.id = e.governs_id
            WHERE e.id = :id""";

    private EntityProfileReader() {
    }

    public static Optional<EntityProfile> find(Handle handle, long id) {
        return EntityReader.find(handle, id).map(entity -> {
            Optional<EntityLink> governs = handle.createQuery(GOVERNS).bind("id", id).map(EntityProfileReader::link)
                    .findOne();
            // A government sits where the place it governs does.
            List<EntityLink> within = governs.isPresent()
                    ? ancestors(handle, governs.get().id(), 0)
                    : ancestors(handle, id, 1);
            List<EntityLink> governedBy = handle.createQuery(GOVERNED_BY).bind("id", id)
                    .map(EntityProfileReader::link).list();
            List<EntityLink> places = handle.createQuery(PLACES).bind("id", id).bind("limit", MAX_PLACES)
                    .map(EntityProfileReader::link).list();
            return new EntityProfile(entity, within, governs, governedBy, places);
        });
    }

    /** {@code start} and the places above it, widest first, leaving out those nearer than {@code from} steps. */
    private static List<EntityLink> ancestors(Handle handle, long start, int from) {
        return handle.createQuery(ANCESTORS).bind("start", start).bind("from", from).bind("maxDepth", MAX_DEPTH)
                .map(EntityProfileReader::link).list();
    }

    private static EntityLink link(ResultSet row, StatementContext context) throws SQLException {
        return new EntityLink(row.getLong("id"), row.getString("name"),
                Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(),
                PlaceWords.of(row.getString("reference_id")).level(row.getString("level")));
    }
}
