package org.tsunagu.store.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which audit entries to list, newest first: by the person who made the change, by an entity the
 * change touched (the entity itself or a fact about it) and by the day it was made, from and to
 * inclusive (UTC).
 */
public record AuditQuery(Optional<String> user, Optional<Long> entity, Optional<LocalDate> from,
        Optional<LocalDate> to, int limit, int offset) {

    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
        user = user.map(String::strip).filter(name -> !name.isEmpty());
    }

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50, 0);
    }

    public AuditQuery withUser(String value) {
        return new AuditQuery(Optional.ofNullable(value), entity, from, to, limit, offset);
    }

    public AuditQuery withEntity(Long value) {
        return new AuditQuery(user, Optional.ofNullable(value), from, to, limit, offset);
    }

    public AuditQuery withFrom(LocalDate value) {
        return new AuditQuery(user, entity, Optional.ofNullable(value), to, limit, offset);
    }

    public AuditQuery withTo(LocalDate value) {
        return new AuditQuery(user, entity, from, Optional.ofNullable(value), limit, offset);
    }

    public AuditQuery withLimit(int value) {
        return new AuditQuery(user, entity, from, to, value, offset);
    }

    public AuditQuery withOffset(int value) {
        return new AuditQuery(user, entity, from, to, limit, value);
    }
}
