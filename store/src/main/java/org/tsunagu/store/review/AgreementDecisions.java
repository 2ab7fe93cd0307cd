package org.tsunagu.store.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.store.agreement.AgreementCancellations;
import org.tsunagu.store.agreement.CommitmentStates;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeReader;

/**
 * An editor's decisions on how an agreement is carried out: a commitment's status and the
 * agreement's cancellation. Their audit entries target "agreement:ID", so that an agreement's
 * page lists them and an undo of a decision on the fact's review does not reach them.
 */
final class AgreementDecisions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AgreementDecisions() {
    }

    static String target(long fact) {
        return "agreement:" + fact;
    }

    static boolean covers(Operation operation) {
        return operation instanceof Operation.SetCommitmentStatus || operation instanceof Operation.CancelAgreement;
    }

    static void apply(Handle handle, Operation operation, String user, Instant at) {
        if (operation instanceof Operation.SetCommitmentStatus set) {
            Agreement agreement = agreement(handle, set.fact());
            String key = CommitmentStates.keyOf(set.commitment());
            if (agreement.commitments().stream().noneMatch(c -> CommitmentStates.keyOf(c.text()).equals(key))) {
                throw new CurationException("agreement " + set.fact() + " has no commitment \"" + set.commitment() + "\"");
            }
            CommitmentStates.set(handle, set.fact(), key, set.status(), user, at.toString());
        } else if (operation instanceof Operation.CancelAgreement cancel) {
            agreement(handle, cancel.fact());
            AgreementCancellations.set(handle, cancel.fact(), cancel.cancelled(), user, at.toString());
        }
    }

    /** The state before or after: the commitment's status, or whether the agreement is cancelled. */
    static ObjectNode snapshot(Handle handle, Operation operation) {
        ObjectNode node = NODES.objectNode();
        if (operation instanceof Operation.SetCommitmentStatus set) {
            node.put("commitment", set.commitment());
            node.put("status", CommitmentStates.statusOf(handle, set.fact(), CommitmentStates.keyOf(set.commitment())).code());
        } else if (operation instanceof Operation.CancelAgreement cancel) {
            node.put("cancelled", AgreementCancellations.isCancelled(handle, cancel.fact()));
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
        }
    }

    private static Agreement agreement(Handle handle, long id) {
        KnowledgeFact fact = KnowledgeReader.find(handle, id).orElseThrow(() -> new CurationException("no fact " + id));
        if (!(fact.fact() instanceof Agreement agreement)) {
            throw new CurationException("fact " + id + " is not an agreement");
        }
        return agreement;
    }
}
