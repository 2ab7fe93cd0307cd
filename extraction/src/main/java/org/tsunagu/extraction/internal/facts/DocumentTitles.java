package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Agreement nouns inside capitalised names. A name that ends with the noun ("the Friendly Cooperative
 * Relations Establishment Memorandum of Understanding", a bare "Memorandum") or starts with it and
 * goes on with its subject ("the Agreement on the Establishment of Sister Province Relationship")
 * is the document's title; any other name holding the noun names something else ("the Free Trade
 * Agreement Office").
 */
final class DocumentTitles {

    private static final Set<String> SUBJECT_WORDS = Words.of("on", "of", "for", "concerning", "regarding", "between");

    private DocumentTitles() {
    }

    /** Where the document's name that starts with the noun at [noun, nounEnd) ends, or -1 when the noun is part of another name. */
    static int end(DocumentView view, Sentence s, int noun, int nounEnd) {
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
