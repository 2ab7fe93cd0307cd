package org.tsunagu.store.knowledge;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** A country the knowledge base holds as an entity from the reference data, by its ISO 3166 code ("JP") and name. */
public record Country(String code, String name) {

    /** The countries entity resolution found, by name. */
    public static List<Country> known(Handle handle) {
        return handle.createQuery("""
                SELECT reference_id, name FROM kb_entities
                WHERE level = 'country' AND reference_id IS NOT NULL AND merged_into IS NULL ORDER BY name, reference_id""")
                .map((r, ctx) -> new Country(r.getString("reference_id"), r.getString("name"))).list();
    }
}
