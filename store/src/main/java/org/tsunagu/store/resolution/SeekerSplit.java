package org.tsunagu.store.resolution;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.knowledge.KnowledgeFacts;

/**
 * Undoes a context link that became ambiguous: the seeker's key, its report's mentions by that
 * name and their share of the aliases move from the person it joined to a person of its own, as
 * if the link had never been made.
 */
final class SeekerSplit {

    private final Handle handle;

    SeekerSplit(Handle handle) {
        this.handle = handle;
    }

    private record MentionRow(long fact, String role, int position, String name, String folded) {
    }

    /** Moves {@code seeker} (a key private to one report) out of {@code entity}. */
    void split(String seeker, long entity) {
        String scope = seeker.substring(seeker.lastIndexOf('@') + 1);
        long created = handle.createQuery("INSERT INTO kb_entities (type, name) VALUES ('person', :name) RETURNING id")
                .bind("name", seeker).mapTo(Long.class).one();
        handle.createUpdate("UPDATE kb_entity_keys SET entity_id = :created WHERE match_key = :seeker")
                .bind("created", created).bind("seeker", seeker).execute();
        Map<String, Integer> moved = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (MentionRow row : mentions(scope, entity)) {
            if (!keyOf(row.name(), scope).equals(seeker)) {
                continue;
            }
            handle.createUpdate("""
                    UPDATE fact_arguments SET resolved_id = :created WHERE fact_id = :fact AND role = :role
                    AND position = :position""")
                    .bind("created", created).bind("fact", row.fact()).bind("role", row.role())
                    .bind("position", row.position()).execute();
            moved.merge(row.folded(), 1, Integer::sum);
            names.putIfAbsent(row.folded(), row.name());
        }
        moved.forEach((folded, count) -> moveAlias(entity, created, folded, names.get(folded), count));
        EntityResolver.rename(handle, created);
        EntityResolver.rename(handle, entity);
        KnowledgeFacts.rekeyStatementsOf(handle, created);
        KnowledgeFacts.rekeyStatementsOf(handle, entity);
    }

    /** The person arguments of the seeker's report (its document and the copies of it) that resolve to {@code entity}. */
    private List<MentionRow> mentions(String scope, long entity) {
        return handle.createQuery("""
                SELECT a.fact_id, a.role, a.position, e.name, e.folded_key FROM fact_arguments a
                JOIN facts f ON f.id = a.fact_id JOIN entities e ON e.id = a.entity_id
                WHERE a.resolved_id = :entity AND e.type = 'person'
                  AND f.document_id IN (SELECT id FROM documents WHERE substr(report, 1, 16) = :document)""")
                .bind("entity", entity).bind("document", scope)
                .map((r, ctx) -> new MentionRow(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5)))
                .list();
    }

    private static String keyOf(String name, String scope) {
        return MentionKeys.of(new EntityRef(name, EntityType.PERSON, new Span(0, 0)), scope, Map.of(),
                Gazetteer.STANDARD).keys().get(0);
    }

    /** The alias keeps its spelling on both sides; the counts divide as the mentions did. */
    private void moveAlias(long from, long to, String folded, String fallbackName, int mentions) {
        String name = handle.createQuery("SELECT name FROM kb_aliases WHERE entity_id = :from AND folded = :folded")
                .bind("from", from).bind("folded", folded).mapTo(String.class).findOne().orElse(fallbackName);
        handle.createUpdate("INSERT INTO kb_aliases (entity_id, folded, name, mentions) VALUES (:to, :folded, :name, :n)")
                .bind("to", to).bind("folded", folded).bind("name", name).bind("n", mentions).execute();
        handle.createUpdate("UPDATE kb_aliases SET mentions = mentions - :n WHERE entity_id = :from AND folded = :folded")
                .bind("n", mentions).bind("from", from).bind("folded", folded).execute();
        handle.createUpdate("DELETE FROM kb_aliases WHERE entity_id = :from AND folded = :folded AND mentions <= 0")
                .bind("from", from).bind("folded", folded).execute();
    }
}
