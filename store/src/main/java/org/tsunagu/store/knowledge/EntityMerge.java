package org.tsunagu.store.knowledge;

import static org.tsunagu.store.resolution.EntityResolver.KEEP_SPELLING;

import org.jdbi.v3.core.Handle;
import org.tsunagu.store.resolution.EntityResolver;

/**
 * Merges one entity into another and lets the facts follow: keys, aliases, mentions and places
 * below or governed move to the survivor, and statements are re-keyed, so two reports of one MOU
 * that named the parties differently become one fact.
 */
public final class EntityMerge implements EntityResolver.EntityMerges {

    private static final String MERGE_ALIASES = """
            INSERT INTO kb_aliases (entity_id, folded, name, mentions)
            SELECT :into, folded, name, mentions FROM kb_aliases WHERE entity_id = :from AND true
            ON CONFLICT (entity_id, folded) DO UPDATE SET mentions = kb_aliases.mentions + excluded.mentions, name = """
            + KEEP_SPELLING;

    @Override
    public void merge(Handle handle, long from, long into) {
        handle.createUpdate("UPDATE kb_entity_keys SET entity_id = :into WHERE entity_id = :from")
                .bind("into", into).bind("from", from).execute();
        handle.createUpdate(MERGE_ALIASES)
                .bind("into", into).bind("from", from).execute();
        handle.createUpdate("DELETE FROM kb_aliases WHERE entity_id = :from").bind("from", from).execute();
        handle.createUpdate("UPDATE fact_arguments SET resolved_id = :into WHERE resolved_id = :from")
                .bind("into", into).bind("from", from).execute();
        handle.createUpdate("""
                UPDATE kb_entities SET
                    level = COALESCE(level, (SELECT level FROM kb_entities WHERE id = :from)),
                    parent_id = COALESCE(parent_id, (SELECT parent_id FROM kb_entities WHERE id = :from)),
                    governs_id = COALESCE(governs_id, (SELECT governs_id FROM kb_entities WHERE id = :from)),
                    reference_id = COALESCE(reference_id, (SELECT reference_id FROM kb_entities WHERE id = :from))
                WHERE id = :into""")
                .bind("into", into).bind("from", from).execute();
        handle.createUpdate("UPDATE kb_entities SET parent_id = :into WHERE parent_id = :from")
                .bind("into", into).bind("from", from).execute();
        handle.createUpdate("UPDATE kb_entities SET governs_id = :into WHERE governs_id = :from")
                .bind("into", into).bind("from", from).execute();
        handle.createUpdate("UPDATE kb_entities SET merged_into = :into WHERE id = :from OR merged_into = :from")
                .bind("into", into).bind("from", from).execute();
        EntityResolver.rename(handle, into);
        KnowledgeFacts.rekeyStatementsOf(handle, into);
    }
}
