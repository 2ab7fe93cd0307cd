package org.tsunagu.store.agreement;

import java.util.List;
import java.util.Optional;

/**
 * A later fact said to carry out a commitment: suggested because it is between the agreement's
 * parties and its words match the commitment's ({@code words}, the shared key words), then
 * confirmed or dismissed by an editor. A dismissed one is no news of the commitment.
 */
public record LinkedActivity(long fact, String summary, Optional<String> firstSeen, List<String> words,
        ActivityDecision decision) {

    public LinkedActivity {
        words = List.copyOf(words);
    }

    /** Whether it counts as news of the commitment: suggested or confirmed, not dismissed. */
    public boolean counts() {
        return decision != ActivityDecision.DISMISSED;
    }

    public boolean confirmed() {
        return decision == ActivityDecision.CONFIRMED;
    }
}
