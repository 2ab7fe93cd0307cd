package org.tsunagu.store.agreement;

import java.util.Optional;
import org.tsunagu.model.fact.Commitment;

/**
 * A commitment of a knowledge fact with its status, who set it and when, and whether "lapsed" is
 * suggested because it is still planned a year after the agreement with nothing reported since.
 */
public record TrackedCommitment(String key, Commitment commitment, CommitmentStatus status, Optional<String> changedAt,
        Optional<String> changedBy, boolean lapseSuggested) {
}
