package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Agreement nouns inside capitalised names. A name that ends with the noun ("the Friendly Cooperative
 * Relations Establishment Memorandum of Understanding", a bare "Memorandum") or starts with it and
 * goes on with its subject ("the Agreement on Establishing Friendship Province Relations")
 * is the document's title; any other name holding the noun names something else ("the Free Trade
 * Agreement Office").
 */
final class DocumentTitles {

    private static final Set<String> SUBJECT_WORDS = Words.of("on", "of", "for", "concerning", "regarding", "between");

    private static final Set<String> TITLE_JOINS = Words.of("of", "the", "and", "on", "for", "-");

    private DocumentTitles() {
    }

    /** Where the document's name that starts with the noun at [noun, nounEnd) ends, or -1 when the noun is part of another name. */
    static int end(DocumentView view, Sentence s, int noun, int nounEnd) {
        int inside = endInsideName(view, s, noun, nounEnd);
        return inside < 0 ? -1 : Math.max(inside, titleCaseEnd(view, s, noun, nounEnd));
    }

    /**
     * "Accord on the Formation of Friendly Region Ties between": a capitalised noun followed by its
     * subject in title case names the document up to the first word in lower case other than "of", "the", "and".
     */
    private static int titleCaseEnd(DocumentView view, Sentence s, int noun, int nounEnd) {
        if (!view.token(noun).isCapitalized() || !SUBJECT_WORDS.contains(view.f(nounEnd)) || view.f(nounEnd).equals("between")) {
            return nounEnd;
        }
        int end = nounEnd;
        for (int i = nounEnd + 1; i < s.endToken(); i++) {
            if (view.token(i).isCapitalized() && view.token(i).isWord()) {
                end = i + 1;
            } else if (!TITLE_JOINS.contains(view.f(i))) {
                break;
            }
        }
        return end;
    }

    private static int endInsideName(DocumentView view, Sentence s, int noun, int nounEnd) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() > noun || m.endToken() <= noun || m.is(Mention.Type.TITLE)) {
                continue;
            }
            if (m.endToken() <= nounEnd) {
                return nounEnd;
            }
            boolean titled = m.firstToken() == noun && SUBJECT_WORDS.contains(view.f(nounEnd));
            return titled ? m.endToken() : -1;
        }
        return nounEnd;
    }
}
