package org.tsunagu.store.agreement;

import org.jdbi.v3.core.Handle;

/** The agreements editors said were cancelled. */
public final class AgreementCancellations {

    private AgreementCancellations() {
    }

    public static boolean isCancelled(Handle handle, long fact) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM agreement_cancellations WHERE kb_fact_id = :fact)")
                .bind("fact", fact).mapTo(Boolean.class).one();
    }

    /** Marks the agreement cancelled, or no longer so; the caller records the change in the audit log. */
    public static void set(Handle handle, long fact, boolean cancelled, String user, String at) {
        if (cancelled) {
            handle.createUpdate("""
                    INSERT INTO agreement_cancellations (kb_fact_id, cancelled_at, cancelled_by) VALUES (:fact, :at, :user)
                    ON CONFLICT (kb_fact_id) DO NOTHING""").bind("fact", fact).bind("at", at).bind("user", user).execute();
        } else {
            handle.createUpdate("DELETE FROM agreement_cancellations WHERE kb_fact_id = :fact").bind("fact", fact).execute();
        }
    }
}
