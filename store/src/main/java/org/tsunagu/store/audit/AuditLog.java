package org.tsunagu.store.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.tsunagu.store.fact.Page;

/** The audit log: appended to by every curation, listed newest first. */
public final class AuditLog {

    /**
     * An entity is touched by a change to it or to its partner matchmaking, by a merge away from it,
     * and by a decision about a fact one of its mentions is an argument of. Times are ISO 8601 instants, so a day's bounds
     * compare as text.
     */
    private static final String MATCHING = """
            FROM audit_log
            WHERE (:user IS NULL OR user_name = :user)
              AND (:from IS NULL OR at >= :from)
              AND (:before IS NULL OR at < :before)
              AND (:entity IS NULL OR target = 'entity:' || :entity OR target = 'partners:' || :entity
                   OR CAST(json_extract(operation, '$.from') AS BIGINT) = :entity
                   OR (CASE WHEN target LIKE 'fact:%' THEN CAST(substr(target, 6) AS BIGINT) END IN (
                       SELECT f.kb_fact_id FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
                       WHERE a.resolved_id = :entity)))
            """;
    private static final String FIND = "SELECT id, at, user_name, operation, target, before, after " + MATCHING
            + "ORDER BY id DESC LIMIT :limit OFFSET :offset";
    private static final String COUNT = "SELECT COUNT(*) " + MATCHING;
    private static final String COLUMNS = "SELECT id, at, user_name, operation, target, before, after FROM audit_log ";
    private static final String ONE = COLUMNS + "WHERE id = :id";
    private static final String OF_TARGET = COLUMNS + "WHERE target = :target ORDER BY id";

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
        return find(handle, AuditQuery.all().withLimit(limit)).items();
    }

    /** The entries the query asks for, newest first, and how many match in all. */
    public static Page<AuditEntry> find(Handle handle, AuditQuery query) {
        long total = bind(handle.createQuery(COUNT), query).mapTo(Long.class).one();
        List<AuditEntry> items = bind(handle.createQuery(FIND), query)
                .bind("limit", query.limit()).bind("offset", query.offset())
                .map((r, ctx) -> entry(r))
                .list();
        return new Page<>(total, items);
    }

    public static Optional<AuditEntry> find(Handle handle, long id) {
        return handle.createQuery(ONE).bind("id", id).map((r, ctx) -> entry(r)).findOne();
    }

    /** Every change to one target ("fact:12"), oldest first. */
    public static List<AuditEntry> ofTarget(Handle handle, String target) {
        return handle.createQuery(OF_TARGET).bind("target", target)
                .map((r, ctx) -> entry(r)).list();
    }

    private static AuditEntry entry(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong("id"), r.getString("at"), r.getString("user_name"), r.getString("operation"),
                r.getString("target"), r.getString("before"), r.getString("after"));
    }

    private static Query bind(Query statement, AuditQuery query) {
        return statement.bind("user", query.user().orElse(null))
                .bind("entity", query.entity().orElse(null))
                .bind("from", query.from().map(LocalDate::toString).orElse(null))
                .bind("before", query.to().map(day -> day.plusDays(1).toString()).orElse(null));
    }
}
