package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Whether a memorandum's name or subject establishes a sister or friendship tie: "the Friendly
 * Cooperative Relations Establishment Memorandum", "an MoU on sister-city relations", "a
 * memorandum for twinning". A memorandum "on cooperation and friendship" makes no such tie.
 */
final class TieWords {

    private static final Set<String> SISTER = Words.of("sister", "twin", "twinning", "sisterhood");
    private static final Set<String> FRIENDLY = Words.of("friendly", "friendship");
    private static final Set<String> TIE_NOUNS = Words.of("city", "cities", "relations", "relationship", "relationships",
            "province", "provinces", "prefecture", "prefectures", "region", "regions", "state", "states", "ties", "town",
            "towns");
    private static final Set<String> SUBJECT = Words.of("on", "for", "to", "establishing", "concerning");
    /** How many words before the noun its name may start: "Friendly Cooperative Relations Establishment". */
    private static final int NAME_REACH = 5;
    private static final int SUBJECT_REACH = 6;

    private TieWords() {
    }

    static boolean formsCityTie(DocumentView view, Sentence s, int noun, int end) {
        int from = noun;
        while (from > Math.max(s.firstToken(), noun - NAME_REACH) && view.token(from - 1).isCapitalized()) {
            from--;
        }
        int to = end;
        if (SUBJECT.contains(view.f(end))) {
            to = Math.min(s.endToken(), end + SUBJECT_REACH);
        }
        for (int i = from; i < to; i++) {
            String f = view.f(i);
            if (SISTER.contains(f)) {
                return true;
            }
            if (FRIENDLY.contains(f) && (TIE_NOUNS.contains(view.f(i + 1)) || TIE_NOUNS.contains(view.f(i + 2))
                    || TIE_NOUNS.contains(view.f(i + 3)))) {
                return true;
            }
        }
        return false;
    }
}
