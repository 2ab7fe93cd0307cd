package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Ties named by the act of making them, without a friendship or cooperation word: "A and B have
 * established a trusted relationship", "forged close ties", "built a strong partnership". They are
 * cooperation ties; "formed a sister relationship" is left to the sister words.
 */
final class EstablishedTies {

    private static final Set<String> MAKING = Words.of("established", "forged", "built", "developed", "formed", "cemented");
    private static final Set<String> TIES = Words.of("relationship", "relationships", "relations", "ties", "partnership",
            "partnerships");
    private static final Set<String> DETERMINERS = Words.of("a", "an", "the", "their", "its", "close", "strong", "trusted",
            "solid", "lasting", "long-term", "good", "mutual", "deep", "new", "firm");
    private static final int REACH = 4;

    private EstablishedTies() {
    }

    /** The end of "established a trusted relationship" starting at the verb, or -1. */
    static int end(DocumentView view, Sentence s, int verb) {
        if (!MAKING.contains(view.f(verb))) {
            return -1;
        }
        for (int i = verb + 1; i < Math.min(s.endToken(), verb + 1 + REACH); i++) {
            String f = view.f(i);
            if (TIES.contains(f)) {
                return i + 1;
            }
            if (!DETERMINERS.contains(f)) {
                return -1;
            }
        }
        return -1;
    }
}
