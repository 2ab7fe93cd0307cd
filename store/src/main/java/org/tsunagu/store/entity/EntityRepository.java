package org.tsunagu.store.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.store.internal.JdbcStatements;
import org.tsunagu.store.resolution.WriterCache;

/**
 * The entities table. Until real entity resolution arrives, an entity is a type and a folded
 * name: "Đà Nẵng" and "Da Nang" as places are one entity, named as first seen.
 */
public final class EntityRepository {

    private static final String INSERT = "INSERT INTO entities (id, type, name, folded_key) VALUES (?, ?, ?, ?)";

    private EntityRepository() {
    }

    /**
     * Finds or creates the entity of every reference, given with its name folded, and returns the
     * ids by reference; the caller holds the write transaction, so the ids it assigns cannot collide.
     */
    public static EntityIds resolve(JdbcStatements statements, Map<EntityRef, String> foldedNames,
            WriterCache cache) {
        Map<String, Long> ids = new HashMap<>();
        Map<EntityRef, Long> byRef = new HashMap<>();
        long next = statements.oneLong("SELECT COALESCE(MAX(id), 0) + 1 FROM entities");
        for (Map.Entry<EntityRef, String> named : foldedNames.entrySet()) {
            EntityRef ref = named.getKey();
            String type = ref.type().code();
            String folded = named.getValue();
            String key = type + ':' + folded;
            Long known = ids.get(key);
            if (known == null) {
                Optional<Long> stored = cache.find("name", key, () -> statements.findLong(
                        "SELECT id FROM entities WHERE type = ? AND folded_key = ?", type, folded));
                if (stored.isPresent()) {
                    known = stored.get();
                } else {
                    known = next++;
                    statements.add(INSERT, known, type, ref.name(), folded);
                    cache.put("name", key, known);
                }
                ids.put(key, known);
            }
            byRef.put(ref, known);
        }
        statements.flush(INSERT);
        return byRef::get;
    }

    public static long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM entities").mapTo(Long.class).one();
    }

    /** The stored entity of each reference that was resolved. */
    @FunctionalInterface
    public interface EntityIds {
        long idOf(EntityRef ref);
    }
}
