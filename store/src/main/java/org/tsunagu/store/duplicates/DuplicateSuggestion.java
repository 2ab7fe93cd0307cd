package org.tsunagu.store.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tsunagu.store.resolution.Entity;

/**
 * Two entities of one kind that may be one, with why: their most alike names, how alike those
 * are (1 when their fingerprints collide), and what they share around them. {@code score} ranks
 * suggestions: the names' likeness plus what the context adds.
 */
public record DuplicateSuggestion(Entity first, Entity second, String firstName, String secondName,
        double nameSimilarity, boolean sameFingerprint, SharedContext context) {

    public double score() {
        return nameSimilarity + context.weight();
    }

    /** Why the two may be one, in words a curator reads: the names first, then the context. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (sameFingerprint) {
            reasons.add(firstName.equals(secondName) ? "same name: " + firstName
                    : "same words: " + firstName + " / " + secondName);
        } else {
            reasons.add(String.format(Locale.ROOT, "names %.0f%% alike (Jaro-Winkler): %s / %s", 100 * nameSimilarity,
                    firstName, secondName));
        }
        reasons.addAll(context.reasons());
        return reasons;
    }
}
