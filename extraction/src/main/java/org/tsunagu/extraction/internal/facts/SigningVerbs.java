package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;

/** The words that say a document was signed: "signed", "concluded", "inked", "put their names to". */
final class SigningVerbs {

    private static final Set<String> VERBS = Set.of("sign", "signed", "signs", "signing", "concluded", "concludes",
            "conclude", "exchanged", "exchanges", "exchange", "inked", "inks", "sealed", "seals", "countersigned",
            "initialled", "initialed");
    private static final Set<String> PUT = Set.of("put", "puts", "putting");
    private static final Set<String> OWNERS = Set.of("their", "his", "her");
    private static final Set<String> MARKS = Set.of("names", "name", "signatures", "signature");

    private SigningVerbs() {
    }

    /** A signing verb starts at token i: one word, or "put their names to" and "put pen to paper". */
    static boolean at(DocumentView view, int i) {
        String f = view.f(i);
        if (VERBS.contains(f)) {
            return true;
        }
        return f.startsWith("put") && PUT.contains(f) && (OWNERS.contains(view.f(i + 1)) && MARKS.contains(view.f(i + 2))
                || view.f(i + 1).equals("pen") && view.f(i + 2).equals("to"));
    }

    /** The first signing verb of the sentence at or after {@code from}, or -1. */
    static int first(DocumentView view, Sentence s, int from) {
        for (int i = Math.max(from, s.firstToken()); i < s.endToken(); i++) {
            if (at(view, i)) {
                return i;
            }
        }
        return -1;
    }
}
