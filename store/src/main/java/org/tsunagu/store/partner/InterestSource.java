package org.tsunagu.store.partner;

import java.util.Optional;
import org.tsunagu.model.Coded;

/**
 * Why an entity has an interest: a sentence of a document that states it, a knowledge fact whose
 * fields or sectors name it (an agreement, an investment), or an editor who added it.
 */
public record InterestSource(Origin origin, Optional<Long> document, Optional<Long> fact, String text) {

    public enum Origin implements Coded { STATEMENT, AGREEMENT, INVESTMENT, EDITOR }

    public static InterestSource statement(long document, String sentence) {
        return new InterestSource(Origin.STATEMENT, Optional.of(document), Optional.empty(), sentence);
    }

    public static InterestSource fact(Origin origin, long fact, String summary) {
        return new InterestSource(origin, Optional.empty(), Optional.of(fact), summary);
    }

    public static InterestSource editor(String user, String at) {
        return new InterestSource(Origin.EDITOR, Optional.empty(), Optional.empty(), "added by " + user + " at " + at);
    }
}
