package org.tsunagu.store.agreement;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tsunagu.store.text.Folding;

/**
 * The key words of a commitment or of a report of activity: folded words of four letters or more,
 * without the words every undertaking shares ("hold", "support", "each other", "every year"), so
 * that "hold a joint cruise tourism fair" and "held their first joint cruise tourism fair" meet on
 * "cruise", "tourism" and "fair".
 */
final class CommitmentWords {

    private static final int SHORTEST = 4;
    private static final Set<String> COMMON = Set.of("each", "other", "every", "year", "years", "their", "with", "from", "that",
            "this", "both", "will", "into", "also", "more", "regular", "regularly", "local", "hold", "held", "support",
            "promote", "jointly", "joint", "sides", "cities", "city", "parties", "together", "first", "annual", "annually",
            "between", "about", "said", "have", "been", "were", "them", "they", "help");

    private CommitmentWords() {
    }

    static Set<String> of(String text) {
        return Arrays.stream(Folding.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= SHORTEST && !COMMON.contains(w))
                .map(CommitmentWords::singular)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "shows" and "show" meet: a plural "s" is dropped (not the one of "business"). */
    private static String singular(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && word.length() > SHORTEST ? word.substring(0, word.length() - 1) : word;
    }

    /** The commitment's key words that the activity's words share. */
    static Set<String> shared(Set<String> commitment, Set<String> activity) {
        return commitment.stream().filter(activity::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
