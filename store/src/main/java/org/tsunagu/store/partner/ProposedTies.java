package org.tsunagu.store.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;

/**
 * The ties editors proposed from partner suggestions, kept apart from the facts read from
 * articles: no document states them. A pair is kept once, the entity with the lower id first.
 */
public final class ProposedTies {

    private static final String OF_ENTITY = """
            SELECT t.id, e.id AS partner, e.name, e.type, t.reasons, t.proposed_at, t.proposed_by
            FROM proposed_ties t JOIN kb_entities e ON e.id = CASE WHEN t.entity_a = :entity THEN t.entity_b ELSE t.entity_a END
            WHERE t.entity_a = :entity OR t.entity_b = :entity
            ORDER BY t.id""";

    private ProposedTies() {
    }

    public static List<ProposedTie> of(Handle handle, long entity) {
        return handle.createQuery(OF_ENTITY).bind("entity", entity)
                .map((row, ctx) -> new ProposedTie(row.getLong("id"), row.getLong("partner"), row.getString("name"),
                        Coded.fromCode(EntityType.class, row.getString("type")).orElseThrow(), row.getString("reasons"),
                        row.getString("proposed_at"), row.getString("proposed_by")))
                .list();
    }

    /** The proposed ties among these entities, as pairs (lower id first). */
    public static List<long[]> among(Handle handle, Collection<Long> entities) {
        if (entities.size() < 2) {
            return List.of();
        }
        return handle.createQuery("""
                SELECT entity_a, entity_b FROM proposed_ties WHERE entity_a IN (<ids>) AND entity_b IN (<ids>)
                ORDER BY entity_a, entity_b""").bindList("ids", List.copyOf(entities))
                .map((row, ctx) -> new long[] {row.getLong("entity_a"), row.getLong("entity_b")}).list();
    }

    public static Optional<Long> find(Handle handle, long one, long other) {
        return handle.createQuery("SELECT id FROM proposed_ties WHERE entity_a = :a AND entity_b = :b")
                .bind("a", Math.min(one, other)).bind("b", Math.max(one, other)).mapTo(Long.class).findOne();
    }

    /** Records the tie, once; the caller holds the transaction and records it in the audit log. */
    public static void propose(Handle handle, long one, long other, String reasons, String user, String at) {
        handle.createUpdate("""
                INSERT INTO proposed_ties (entity_a, entity_b, reasons, proposed_at, proposed_by)
                VALUES (:a, :b, :reasons, :at, :user)
                ON CONFLICT (entity_a, entity_b) DO NOTHING""")
                .bind("a", Math.min(one, other)).bind("b", Math.max(one, other)).bind("reasons", reasons)
                .bind("at", at).bind("user", user).execute();
    }
}
