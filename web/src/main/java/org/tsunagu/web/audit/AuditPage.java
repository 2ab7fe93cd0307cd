package org.tsunagu.web.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditQuery;
import org.tsunagu.store.fact.Page;
import org.tsunagu.web.PageLinks;

/**
 * A page of the audit log as filtered, with the filters as given for the form to show again, why
 * each entry that cannot be undone cannot ({@code undoBlockers}, by entry id), and the token undo
 * forms send.
 */
public record AuditPage(Page<AuditEntry> entries, AuditQuery query, PageLinks paging, Map<Long, String> undoBlockers,
        String csrf) {

    public AuditPage {
        undoBlockers = Map.copyOf(undoBlockers);
    }

    /** Why the entry cannot be undone; empty when it can. */
    public Optional<String> undoBlocker(AuditEntry entry) {
        return Optional.ofNullable(undoBlockers.get(entry.id()));
    }

    /** An entry's target as a link: "fact:12" to the fact, "entity:3" to the entity, "partners:3" to its partner page. */
    public static String link(AuditEntry entry) {
        String[] kindAndId = entry.target().split(":", 2);
        if (kindAndId.length != 2 || !kindAndId[1].chars().allMatch(Character::isDigit)) {
            return "";
        }
        return switch (kindAndId[0]) {
            case "entity" -> "/entities/";
            case "partners" -> "/partners/";
            default -> "/facts/";
        } + kindAndId[1];
    }

    /** The operation's name: "accept", "merge"... */
    public static String operation(AuditEntry entry) {
        return entry.json().path("operation").path("op").asText(entry.operation());
    }

    public String user() {
        return query.user().orElse("");
    }

    public String entity() {
        return query.entity().map(String::valueOf).orElse("");
    }

    public String from() {
        return query.from().map(Object::toString).orElse("");
    }

    public String to() {
        return query.to().map(Object::toString).orElse("");
    }

    public List<AuditEntry> items() {
        return entries.items();
    }
}
