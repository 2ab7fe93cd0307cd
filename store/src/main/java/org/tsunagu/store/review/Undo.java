package org.tsunagu.store.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditLog;
import org.tsunagu.store.knowledge.ReviewState;

/**
 * Takes back a decision on a fact (accept, reject, edit, or an undo) by restoring the review state
 * and edits the audit entry recorded before it, when nothing later depends on it: no later change
 * to the same fact, and no later merge or split of an entity the fact names, which may have carried
 * the decision to other facts. The undo is itself an audit entry, so it can be undone in turn.
 *
 * <p>A decision on how an agreement is carried out (a commitment's status, its activity, the
 * agreement's cancellation) is undone by applying again the decision it replaced, when no later
 * decision on the same agreement came after it.
 *
 * <p>Merges and splits are not undone: a merge moves mentions, keys and places and may join two
 * reports into one fact, and the store keeps no record of which were whose; a split's audit entry
 * does not name the entity it created.
 */
public final class Undo {

    static final String MERGE = "a merge cannot be undone: it moves mentions and may join facts, and the store does"
            + " not keep which were whose (split the entity by its aliases instead)";
    static final String SPLIT = "a split cannot be undone: merge the new entity back into this one instead";
    static final String OTHER = "only decisions on facts (accept, reject, edit) and on agreements' follow-up can be undone";
    private static final String LATER_ON_TARGET = "SELECT MIN(id) FROM audit_log WHERE id > :entry AND target = :target";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first later change to the fact, or to an entity it names (by a change to it or a merge away from it). */
    private static final String LATER_CHANGE = """
            SELECT MIN(l.id) FROM audit_log l
            WHERE l.id > :entry
              AND (l.target = :target
                   OR l.target IN (
                           SELECT 'entity:' || a.resolved_id FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
                           WHERE f.kb_fact_id = :fact)
                   OR CAST(json_extract(l.operation, '$.from') AS BIGINT) IN (
                           SELECT a.resolved_id FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
                           WHERE f.kb_fact_id = :fact))""";

    private Undo() {
    }

    /** Why the entry cannot be undone, in words for the page; empty when it can. */
    public static Optional<String> blocker(Handle handle, AuditEntry entry) {
        if (undoing(entry).isPresent()) {
            Long later = handle.createQuery(LATER_ON_TARGET).bind("entry", entry.id()).bind("target", entry.target())
                    .mapTo(Long.class).one();
            return later == null ? Optional.empty()
                    : Optional.of("a later decision on the agreement (entry " + later + ") came after it; undo that first");
        }
        Optional<Long> fact = factOf(entry);
        if (fact.isEmpty()) {
            String operation = tree(entry.operation()).path("op").asText();
            return Optional.of(operation.equals("merge") ? MERGE : operation.equals("split") ? SPLIT : OTHER);
        }
        if (restoredState(entry).isEmpty()) {
            return Optional.of("the audit entry does not record the state before it");
        }
        if (!exists(handle, fact.get())) {
            return Optional.of("fact " + fact.get() + " no longer exists: a merge joined it with another");
        }
        Long later = handle.createQuery(LATER_CHANGE).bind("entry", entry.id()).bind("target", entry.target())
                .bind("fact", fact.get()).mapTo(Long.class).one();
        return later == null ? Optional.empty()
                : Optional.of("a later change (entry " + later + ") depends on it; undo that first");
    }

    /**
     * Restores the state before the entry and records the undo in the audit log.
     *
     * @throws CurationException when there is no such entry or it cannot be undone, saying why
     */
    public static AuditEntry apply(Handle handle, long entryId, String user, Instant at) {
        if (user == null || user.isBlank()) {
            throw new CurationException("say who makes the change (a user name)");
        }
        AuditEntry entry = AuditLog.find(handle, entryId)
                .orElseThrow(() -> new CurationException("no audit entry " + entryId));
        blocker(handle, entry).ifPresent(reason -> {
            throw new CurationException("entry " + entryId + " cannot be undone: " + reason);
        });
        Optional<Operation> reverse = undoing(entry);
        if (reverse.isPresent()) {
            String snapshotBefore = AgreementDecisions.snapshot(handle, reverse.get()).toString();
            AgreementDecisions.apply(handle, reverse.get(), user, at);
            return AuditLog.append(handle, at, user, undoOf(entry).toString(), entry.target(), snapshotBefore,
                    AgreementDecisions.snapshot(handle, reverse.get()).toString());
        }
        long fact = factOf(entry).orElseThrow();
        JsonNode before = tree(entry.before());
        JsonNode edits = before.path("edits");
        String snapshotBefore = Curation.factSnapshot(handle, fact);
        handle.createUpdate("UPDATE kb_facts SET review_state = :state, edits = :edits WHERE id = :id")
                .bind("state", restoredState(entry).orElseThrow().code())
                .bind("edits", edits.isObject() && !edits.isEmpty() ? edits.toString() : null)
                .bind("id", fact).execute();
        return AuditLog.append(handle, at, user, undoOf(entry).toString(), entry.target(), snapshotBefore,
                Curation.factSnapshot(handle, fact));
    }

    private static ObjectNode undoOf(AuditEntry entry) {
        return JSON.createObjectNode().put("op", "undo").put("entry", entry.id()).put("undoes", tree(entry.operation()).path("op").asText());
    }

    /** The decision that undoes an entry on an agreement's follow-up; empty for other entries. */
    private static Optional<Operation> undoing(AuditEntry entry) {
        return entry.target().startsWith("agreement:")
                ? AgreementDecisions.undoing(tree(entry.operation()), tree(entry.before())) : Optional.empty();
    }

    private static Optional<Long> factOf(AuditEntry entry) {
        String[] kindAndId = entry.target().split(":", 2);
        if (kindAndId.length != 2 || !kindAndId[0].equals("fact") || !kindAndId[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(kindAndId[1]));
    }

    private static Optional<ReviewState> restoredState(AuditEntry entry) {
        return Coded.fromCode(ReviewState.class, tree(entry.before()).path("state").asText());
    }

    private static boolean exists(Handle handle, long fact) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM facts WHERE kb_fact_id = :fact)").bind("fact", fact)
                .mapTo(Boolean.class).one();
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? JSON.missingNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }
}
