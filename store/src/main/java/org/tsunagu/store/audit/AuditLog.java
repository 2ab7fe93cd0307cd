package org.tsunagu.store.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The audit log: appended to by every curation, listed newest first. */
public final class AuditLog {

    private AuditLog() {
    }

    public static AuditEntry append(Handle handle, Instant at, String user, String operation, String target,
            String before, String after) {
        long id = handle.createQuery("""
                INSERT INTO audit_log (at, user_name, operation, target, before, after)
                VALUES (:at, :user, :operation, :target, :before, :after) RETURNING id""")
                .bind("at", at.toString()).bind("user", user).bind("operation", operation).bind("target", target)
                .bind("before", before).bind("after", after).mapTo(Long.class).one();
        return new AuditEntry(id, at.toString(), user, operation, target, before, after);
    }

    public static List<AuditEntry> recent(Handle handle, int limit) {
        return handle.createQuery("""
                SELECT id, at, user_name, operation, target, before, after FROM audit_log ORDER BY id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map((r, ctx) -> new AuditEntry(r.getLong("id"), r.getString("at"), r.getString("user_name"),
                        r.getString("operation"), r.getString("target"), r.getString("before"), r.getString("after")))
                .list();
    }
}
