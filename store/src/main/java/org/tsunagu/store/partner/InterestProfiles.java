package org.tsunagu.store.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;

/**
 * Reads an entity's interest profile and keeps editors' changes to it. The statements and facts of
 * entities merged into it count as its own. Each source is read to a bound, so that a hub named by
 * thousands of facts costs no more than a few hundred rows.
 */
public final class InterestProfiles {

    static final int MAX_ROWS = 500;

    private static final String STATEMENTS = """
            SELECT s.kind, s.value, s.document_id, s.sentence FROM interest_statements s
            WHERE s.entity_id IN (SELECT id FROM kb_entities WHERE id = :entity OR merged_into = :entity)
            ORDER BY s.id LIMIT :limit""";
    /** The fields of its agreements and the sectors of its investments, from their statements. */
    private static final String FACT_SECTORS = """
            SELECT x.kb_fact_id, x.type, j.value, MIN(f.summary) AS summary
            FROM kb_fact_entities x
            JOIN kb_facts k ON k.id = x.kb_fact_id
            JOIN facts f ON f.kb_fact_id = x.kb_fact_id,
                 json_each(f.payload, CASE f.type WHEN 'agreement' THEN '$.fields' ELSE '$.sectors' END) j
            WHERE x.entity_id = :entity AND x.type IN ('agreement', 'investment') AND k.review_state <> 'rejected'
            GROUP BY x.kb_fact_id, x.type, j.value
            ORDER BY x.kb_fact_id DESC LIMIT :limit""";
    private static final String EDITS = """
            SELECT kind, value, label, present, changed_at, changed_by FROM interest_edits WHERE entity_id = :entity""";

    private InterestProfiles() {
    }

    public static InterestProfile of(Handle handle, long entity) {
        Map<String, Gathered> found = new LinkedHashMap<>();
        handle.createQuery(STATEMENTS).bind("entity", entity).bind("limit", MAX_ROWS)
                .map((row, ctx) -> new Gathered(kind(row.getString("kind")), row.getString("value"),
                        InterestSource.statement(row.getLong("document_id"), row.getString("sentence"))))
                .forEach(g -> add(found, g));
        handle.createQuery(FACT_SECTORS).bind("entity", entity).bind("limit", MAX_ROWS)
                .map((row, ctx) -> new Gathered(InterestKind.SECTOR, row.getString("value"), InterestSource.fact(
                        row.getString("type").equals("agreement") ? InterestSource.Origin.AGREEMENT
                                : InterestSource.Origin.INVESTMENT, row.getLong("kb_fact_id"), row.getString("summary"))))
                .forEach(g -> add(found, g));
        handle.createQuery(EDITS).bind("entity", entity).map((row, ctx) -> new Edit(kind(row.getString("kind")),
                row.getString("value"), row.getString("label"), row.getInt("present") == 1, row.getString("changed_by"),
                row.getString("changed_at"))).forEach(edit -> {
                    String key = edit.kind().code() + ":" + edit.key();
                    if (edit.present()) {
                        add(found, new Gathered(edit.kind(), edit.label(), InterestSource.editor(edit.by(), edit.at())));
                    } else {
                        found.remove(key);
                    }
                });
        List<Interest> sectors = new ArrayList<>();
        List<Interest> regions = new ArrayList<>();
        found.values().forEach(g -> (g.kind == InterestKind.SECTOR ? sectors : regions)
                .add(new Interest(g.kind, InterestKeys.of(g.label), g.label, g.sources)));
        return new InterestProfile(entity, sectors, regions);
    }

    /** Adds the interest to the profile, or takes it off; the caller holds the transaction and audits it. */
    public static void set(Handle handle, long entity, InterestKind kind, String words, boolean present, String user,
            String at) {
        handle.createUpdate("""
                INSERT INTO interest_edits (entity_id, kind, value, label, present, changed_at, changed_by)
                VALUES (:entity, :kind, :value, :label, :present, :at, :user)
                ON CONFLICT (entity_id, kind, value) DO UPDATE SET label = excluded.label, present = excluded.present,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .bind("entity", entity).bind("kind", kind.code()).bind("value", InterestKeys.of(words))
                .bind("label", words.strip()).bind("present", present ? 1 : 0).bind("at", at).bind("user", user).execute();
    }

    private static void add(Map<String, Gathered> found, Gathered g) {
        String key = g.kind.code() + ":" + InterestKeys.of(g.label);
        if (InterestKeys.of(g.label).isEmpty()) {
            return;
        }
        found.computeIfAbsent(key, k -> new Gathered(g.kind, g.label, null)).sources.addAll(g.sources);
    }

    private static InterestKind kind(String code) {
        return Coded.fromCode(InterestKind.class, code).orElseThrow();
    }

    private static final class Gathered {
        final InterestKind kind;
        final String label;
        final List<InterestSource> sources = new ArrayList<>();

        Gathered(InterestKind kind, String label, InterestSource source) {
            this.kind = kind;
            this.label = label;
            Optional.ofNullable(source).ifPresent(sources::add);
        }
    }

    private record Edit(InterestKind kind, String key, String label, boolean present, String by, String at) {
    }
}
