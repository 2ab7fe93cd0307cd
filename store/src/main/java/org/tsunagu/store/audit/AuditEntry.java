package org.tsunagu.store.audit;

/** One change a person made: who, when (ISO 8601), the operation as JSON, and the state before and after. */
public record AuditEntry(long id, String at, String user, String operation, String target, String before,
        String after) {
}
