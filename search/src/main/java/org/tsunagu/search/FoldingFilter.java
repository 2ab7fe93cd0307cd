package org.tsunagu.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tsunagu.store.text.Folding;

/**
 * Folds each word as the store folds names ("Đà Nẵng" to "da nang"), so search and entity
 * resolution agree on which spellings are one. Offsets stay those of the word as written.
 */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = Folding.fold(term.toString());
        if (!folded.contentEquals(term)) {
            term.setEmpty().append(folded);
        }
        return true;
    }
}
