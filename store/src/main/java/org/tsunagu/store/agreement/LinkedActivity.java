package org.tsunagu.store.agreement;

import java.util.List;
import java.util.Optional;

/**
 * A later fact between the agreement's parties whose words match a commitment's: a suggestion
 * that it carries the commitment out, for an editor to confirm. {@code words} are the shared key words.
 */
public record LinkedActivity(long fact, String summary, Optional<String> firstSeen, List<String> words) {

    public LinkedActivity {
        words = List.copyOf(words);
    }
}
