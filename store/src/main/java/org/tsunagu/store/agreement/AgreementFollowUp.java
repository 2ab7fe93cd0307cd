package org.tsunagu.store.agreement;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;

/**
 * An agreement as the people who follow it up see it: the knowledge fact (with its renewal links),
 * its status and expiry, its cancellation when an editor said so, its commitments with their
 * statuses, and the editors' decisions on them.
 */
public record AgreementFollowUp(KnowledgeFact fact, AgreementStanding standing, Optional<Cancellation> cancellation,
        List<TrackedCommitment> commitments, List<AuditEntry> decisions) {

    public AgreementFollowUp {
        commitments = List.copyOf(commitments);
        decisions = List.copyOf(decisions);
    }

    public Agreement agreement() {
        return (Agreement) fact.fact();
    }

    /** Whether every commitment has gone a year without news: lapsed, or still planned with "lapsed" suggested. */
    public boolean quiet() {
        return !commitments.isEmpty() && commitments.stream()
                .allMatch(c -> c.status() == CommitmentStatus.LAPSED || c.lapseSuggested());
    }
}
