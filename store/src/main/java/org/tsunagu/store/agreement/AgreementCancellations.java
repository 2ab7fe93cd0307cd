package org.tsunagu.store.agreement;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The agreements editors said were cancelled, with the day and the reason they gave. */
public final class AgreementCancellations {

    private AgreementCancellations() {
    }

    public static Optional<Cancellation> find(Handle handle, long fact) {
        return handle.createQuery("""
                SELECT cancelled_on, reason, cancelled_by, cancelled_at FROM agreement_cancellations WHERE kb_fact_id = :fact""")
                .bind("fact", fact)
                .map((r, ctx) -> new Cancellation(Optional.ofNullable(r.getString("cancelled_on")),
                        Optional.ofNullable(r.getString("reason")), r.getString("cancelled_by"), r.getString("cancelled_at")))
                .findOne();
    }

    /**
     * Marks the agreement cancelled on a day for a reason (either may be unknown), or no longer
     * cancelled; the caller records the change in the audit log.
     */
    public static void set(Handle handle, long fact, boolean cancelled, Optional<String> on, Optional<String> reason, String user,
            String at) {
        if (cancelled) {
            handle.createUpdate("""
                    INSERT INTO agreement_cancellations (kb_fact_id, cancelled_at, cancelled_by, cancelled_on, reason)
                    VALUES (:fact, :at, :user, :on, :reason)
                    ON CONFLICT (kb_fact_id) DO UPDATE SET cancelled_at = excluded.cancelled_at,
                        cancelled_by = excluded.cancelled_by, cancelled_on = excluded.cancelled_on, reason = excluded.reason""")
                    .bind("fact", fact).bind("at", at).bind("user", user).bind("on", on.orElse(null))
                    .bind("reason", reason.orElse(null)).execute();
        } else {
            handle.createUpdate("DELETE FROM agreement_cancellations WHERE kb_fact_id = :fact").bind("fact", fact).execute();
        }
    }
}
