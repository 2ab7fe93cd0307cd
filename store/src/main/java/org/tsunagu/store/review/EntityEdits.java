package org.tsunagu.store.review;

import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityReader;
import org.tsunagu.store.resolution.EntityResolver;
import org.tsunagu.store.text.Folding;

/** A person's corrections to one entity: the name it goes by, what kind of thing it is, the place it lies in. */
final class EntityEdits {

    /** Longer than any real name of a place, body or person: a guard against pasting a paragraph. */
    static final int LONGEST_NAME = 200;
    /** Deeper than any real hierarchy: a guard against a cycle in hand-edited data. */
    private static final int MAX_DEPTH = 16;

    private EntityEdits() {
    }

    /** Names the entity; new mentions by that name join it, unless the name already leads to another entity. */
    static void rename(Handle handle, Entity entity, String name) {
        String wanted = checkedName(name);
        if (wanted.equals(entity.name())) {
            throw new CurationException("entity " + entity.id() + " is already called '" + wanted + "'");
        }
        pinName(handle, entity.id(), wanted);
        for (String key : EntityResolver.keysOf(wanted, entity.type())) {
            handle.createUpdate("INSERT INTO kb_entity_keys (match_key, entity_id) VALUES (:key, :id) ON CONFLICT DO NOTHING")
                    .bind("key", key).bind("id", entity.id()).execute();
        }
    }

    static String checkedName(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new CurationException("give the entity a name");
        }
        if (wanted.length() > LONGEST_NAME) {
            throw new CurationException("a name has at most " + LONGEST_NAME + " characters");
        }
        return wanted;
    }

    /** The entity goes by this name, kept as one of its aliases, whatever later articles call it most. */
    static void pinName(Handle handle, long entity, String name) {
        handle.createUpdate("""
                INSERT INTO kb_aliases (entity_id, folded, name, mentions) VALUES (:id, :folded, :name, 0)
                ON CONFLICT (entity_id, folded) DO UPDATE SET name = excluded.name""")
                .bind("id", entity).bind("folded", Folding.fold(name)).bind("name", name).execute();
        handle.createUpdate("UPDATE kb_entities SET name = :name, name_chosen = 1 WHERE id = :id")
                .bind("name", name).bind("id", entity).execute();
    }

    static void setType(Handle handle, Entity entity, EntityType type) {
        if (type == entity.type()) {
            throw new CurationException("entity " + entity.id() + " is already a " + type.code());
        }
        handle.createUpdate("UPDATE kb_entities SET type = :type WHERE id = :id")
                .bind("type", type.code()).bind("id", entity.id()).execute();
    }

    /** Only places lie within places, and a place never within itself or a place within it. */
    static void setParent(Handle handle, Entity entity, OptionalLong parent) {
        if (entity.type() != EntityType.PLACE) {
            throw new CurationException("only a place lies within another place; entity " + entity.id() + " is a "
                    + entity.type().code());
        }
        if (parent.isPresent()) {
            Entity above = EntityReader.find(handle, parent.getAsLong())
                    .orElseThrow(() -> new CurationException("no entity " + parent.getAsLong()));
            if (above.type() != EntityType.PLACE) {
                throw new CurationException(above.name() + " is a " + above.type().code() + ", not a place");
            }
            if (above.id() == entity.id() || lies(handle, above.id(), entity.id())) {
                throw new CurationException(entity.name() + " cannot lie within " + above.name()
                        + ", which lies within it");
            }
        }
        handle.createUpdate("UPDATE kb_entities SET parent_id = :parent WHERE id = :id")
                .bind("parent", parent.isPresent() ? parent.getAsLong() : null).bind("id", entity.id()).execute();
    }

    /** Whether {@code place} lies, at any depth, within {@code container}. */
    private static boolean lies(Handle handle, long place, long container) {
        return handle.createQuery("""
                WITH RECURSIVE up (id, depth) AS (
                    SELECT parent_id, 1 FROM kb_entities WHERE id = :place AND parent_id IS NOT NULL
                    UNION ALL
                    SELECT e.parent_id, up.depth + 1 FROM kb_entities e JOIN up ON e.id = up.id
                    WHERE e.parent_id IS NOT NULL AND up.depth < :maxDepth)
                SELECT COUNT(*) FROM up WHERE id = :container""")
                .bind("place", place).bind("container", container).bind("maxDepth", MAX_DEPTH)
                .mapTo(Long.class).one() > 0;
    }
}
