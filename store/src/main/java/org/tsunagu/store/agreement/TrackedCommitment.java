package org.tsunagu.store.agreement;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Commitment;

/**
 * A commitment of a knowledge fact with its status, who set it and when, the later facts suggested
 * as carrying it out, and whether "lapsed" is suggested because it is still planned with no news of
 * the agreement or of such activity for a year.
 */
public record TrackedCommitment(String key, Commitment commitment, CommitmentStatus status, Optional<String> changedAt,
        Optional<String> changedBy, List<LinkedActivity> activity, boolean lapseSuggested) {

    public TrackedCommitment {
        activity = List.copyOf(activity);
    }
}
