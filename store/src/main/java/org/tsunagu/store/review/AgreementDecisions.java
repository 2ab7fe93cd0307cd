package org.tsunagu.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.agreement.ActivityDecision;
import org.tsunagu.store.agreement.ActivityDecisions;
import org.tsunagu.store.agreement.AgreementCancellations;
import org.tsunagu.store.agreement.Cancellation;
import org.tsunagu.store.agreement.CommitmentStates;
import org.tsunagu.store.agreement.CommitmentStatus;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeReader;

/**
 * An editor's decisions on how an agreement is carried out: a commitment's status, the activity
 * that carries a commitment out, and the agreement's cancellation. Their audit entries target
 * "agreement:ID", so that an agreement's page lists them and an undo of a decision on the fact's
 * review does not reach them; each entry's "before" is the decision it replaced, so an undo
 * applies that decision again ({@link #undoing}).
 */
final class AgreementDecisions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AgreementDecisions() {
    }

    static String target(long fact) {
        return "agreement:" + fact;
    }

    static boolean covers(Operation operation) {
        return operation instanceof Operation.SetCommitmentStatus || operation instanceof Operation.CancelAgreement
                || operation instanceof Operation.DecideActivity;
    }

    static void apply(Handle handle, Operation operation, String user, Instant at) {
        if (operation instanceof Operation.SetCommitmentStatus set) {
            CommitmentStates.set(handle, set.fact(), commitmentKey(handle, set.fact(), set.commitment()), set.status(), user,
                    at.toString());
        } else if (operation instanceof Operation.CancelAgreement cancel) {
            agreement(handle, cancel.fact());
            cancel.on().ifPresent(AgreementDecisions::checkDay);
            AgreementCancellations.set(handle, cancel.fact(), cancel.cancelled(), cancel.on(),
                    cancel.reason().map(String::strip).filter(r -> !r.isEmpty()), user, at.toString());
        } else if (operation instanceof Operation.DecideActivity decide) {
            String key = commitmentKey(handle, decide.fact(), decide.commitment());
            if (decide.activity() == decide.fact() || KnowledgeReader.find(handle, decide.activity()).isEmpty()) {
                throw new CurationException("fact " + decide.activity() + " cannot carry out a commitment of agreement " + decide.fact());
            }
            ActivityDecisions.set(handle, decide.fact(), key, decide.activity(), decide.decision(), user, at.toString());
        }
    }

    /** The state before or after: the commitment's status, the activity's decision, or the cancellation. */
    static ObjectNode snapshot(Handle handle, Operation operation) {
        ObjectNode node = NODES.objectNode();
        if (operation instanceof Operation.SetCommitmentStatus set) {
            node.put("commitment", set.commitment());
            node.put("status", CommitmentStates.statusOf(handle, set.fact(), CommitmentStates.keyOf(set.commitment())).code());
        } else if (operation instanceof Operation.CancelAgreement cancel) {
            Optional<Cancellation> cancellation = AgreementCancellations.find(handle, cancel.fact());
            node.put("cancelled", cancellation.isPresent());
            cancellation.flatMap(Cancellation::on).ifPresent(on -> node.put("on", on));
            cancellation.flatMap(Cancellation::reason).ifPresent(reason -> node.put("reason", reason));
        } else if (operation instanceof Operation.DecideActivity decide) {
            node.put("commitment", decide.commitment());
            node.put("activity", decide.activity());
            node.put("decision", ActivityDecisions.of(handle, decide.fact(), CommitmentStates.keyOf(decide.commitment()),
                    decide.activity()).code());
        }
        return node;
    }

    static void describe(Operation operation, ObjectNode node) {
        if (operation instanceof Operation.SetCommitmentStatus set) {
            node.put("fact", set.fact());
            node.put("commitment", set.commitment());
            node.put("status", set.status().code());
        } else if (operation instanceof Operation.CancelAgreement cancel) {
            node.put("fact", cancel.fact());
            node.put("cancelled", cancel.cancelled());
            cancel.on().ifPresent(on -> node.put("on", on));
            cancel.reason().ifPresent(reason -> node.put("reason", reason));
        } else if (operation instanceof Operation.DecideActivity decide) {
            node.put("fact", decide.fact());
            node.put("commitment", decide.commitment());
            node.put("activity", decide.activity());
            node.put("decision", decide.decision().code());
        }
    }

    /** The decision that puts back what an audit entry of {@code op} replaced ({@code before}); empty for other entries. */
    static Optional<Operation> undoing(JsonNode operation, JsonNode before) {
        long fact = operation.path("fact").asLong();
        String commitment = operation.path("commitment").asText();
        return switch (operation.path("op").asText()) {
            case "commitment-status" -> Coded.fromCode(CommitmentStatus.class, before.path("status").asText())
                    .map(status -> new Operation.SetCommitmentStatus(fact, commitment, status));
            case "commitment-activity" -> Coded.fromCode(ActivityDecision.class, before.path("decision").asText())
                    .map(decision -> new Operation.DecideActivity(fact, commitment, operation.path("activity").asLong(), decision));
            case "cancel-agreement" -> before.has("cancelled")
                    ? Optional.of(new Operation.CancelAgreement(fact, before.path("cancelled").asBoolean(), text(before, "on"),
                            text(before, "reason")))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static void checkDay(String day) {
        if (PartialDate.tryParse(day).isEmpty()) {
            throw new CurationException("the day of cancellation must read 2025-06-30, 2025-06 or 2025, not \"" + day + "\"");
        }
    }

    private static String commitmentKey(Handle handle, long fact, String commitment) {
        String key = CommitmentStates.keyOf(commitment);
        if (agreement(handle, fact).commitments().stream().noneMatch(c -> CommitmentStates.keyOf(c.text()).equals(key))) {
            throw new CurationException("agreement " + fact + " has no commitment \"" + commitment + "\"");
        }
        return key;
    }

    private static Agreement agreement(Handle handle, long id) {
        KnowledgeFact fact = KnowledgeReader.find(handle, id).orElseThrow(() -> new CurationException("no fact " + id));
        if (!(fact.fact() instanceof Agreement agreement)) {
            throw new CurationException("fact " + id + " is not an agreement");
        }
        return agreement;
    }
}
