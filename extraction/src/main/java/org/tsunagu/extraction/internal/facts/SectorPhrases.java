package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Whether a phrase a list cue opened names a sector or area ("port logistics", "tourism") rather
 * than a place ("Ha Long city", "western China"), a party or beneficiary ("the two regions", "small
 * businesses"), a length of time ("another ten years") or a pronoun ("extending it").
 */
final class SectorPhrases {

    /** Last words of phrases that name who or when, not what. */
    private static final Set<String> NOT_SECTOR_HEADS = Words.of("companies", "company", "businesses", "firms", "enterprises",
            "organisations", "organizations", "regions", "region", "cities", "city", "provinces", "province", "prefecture",
            "prefectures", "countries", "country", "sides", "parties", "nations", "municipalities", "opportunities",
            "behalf", "relationship", "relationships", "years", "year", "months", "month", "weeks", "days", "people",
            "residents", "officials", "it", "them", "this", "that", "these", "those", "such", "one", "ones", "others",
            "agreement", "mou", "memorandum");

    private SectorPhrases() {
    }

    /** Whether the phrase on tokens [start, end) of sentence {@code s} names a sector. */
    static boolean isSector(DocumentView view, Sentence s, int start, int end) {
        if (end <= start || NOT_SECTOR_HEADS.contains(view.f(end - 1))) {
            return false;
        }
        for (Mention m : view.mentionsIn(s)) {
            boolean inside = m.firstToken() < end && start < m.endToken();
            if (inside && (m.is(Mention.Type.PLACE) || m.is(Mention.Type.ORGANISATION) || m.is(Mention.Type.PERSON))) {
                return false;
            }
        }
        return true;
    }
}
