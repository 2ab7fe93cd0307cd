package org.tsunagu.store.agreement;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;

/** The editors' decisions on the activity suggested for an agreement's commitments, kept in commitment_activity. */
public final class ActivityDecisions {

    private ActivityDecisions() {
    }

    /** The agreement's decisions, by commitment key and then by activity fact; "suggested" is never stored. */
    static Map<String, Map<Long, ActivityDecision>> of(Handle handle, long fact) {
        Map<String, Map<Long, ActivityDecision>> out = new HashMap<>();
        handle.createQuery("SELECT commitment, activity_id, decision FROM commitment_activity WHERE kb_fact_id = :fact")
                .bind("fact", fact)
                .map((r, ctx) -> new Row(r.getString("commitment"), r.getLong("activity_id"), r.getString("decision")))
                .forEach(row -> Coded.fromCode(ActivityDecision.class, row.decision()).ifPresent(decision ->
                        out.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.activity(), decision)));
        return out;
    }

    /** The decision on one activity of one commitment, "suggested" when none. */
    public static ActivityDecision of(Handle handle, long fact, String key, long activity) {
        return handle.createQuery("""
                SELECT decision FROM commitment_activity WHERE kb_fact_id = :fact AND commitment = :key AND activity_id = :activity""")
                .bind("fact", fact).bind("key", key).bind("activity", activity).mapTo(String.class).findOne()
                .flatMap(s -> Coded.fromCode(ActivityDecision.class, s)).orElse(ActivityDecision.SUGGESTED);
    }

    /** Records the decision ("suggested" forgets it); the caller holds the transaction and records the change in the audit log. */
    public static void set(Handle handle, long fact, String key, long activity, ActivityDecision decision, String user, String at) {
        if (decision == ActivityDecision.SUGGESTED) {
            handle.createUpdate("DELETE FROM commitment_activity WHERE kb_fact_id = :fact AND commitment = :key AND activity_id = :activity")
                    .bind("fact", fact).bind("key", key).bind("activity", activity).execute();
            return;
        }
        handle.createUpdate("""
                INSERT INTO commitment_activity (kb_fact_id, commitment, activity_id, decision, decided_at, decided_by)
                VALUES (:fact, :key, :activity, :decision, :at, :user)
                ON CONFLICT (kb_fact_id, commitment, activity_id) DO UPDATE SET decision = excluded.decision,
                    decided_at = excluded.decided_at, decided_by = excluded.decided_by""")
                .bind("fact", fact).bind("key", key).bind("activity", activity).bind("decision", decision.code())
                .bind("at", at).bind("user", user).execute();
    }

    /** Drops the decisions on or about a knowledge fact about to be deleted. */
    static void forget(Handle handle, long fact) {
        handle.createUpdate("DELETE FROM commitment_activity WHERE kb_fact_id = :id OR activity_id = :id").bind("id", fact).execute();
    }

    private record Row(String key, long activity, String decision) {
    }
}
