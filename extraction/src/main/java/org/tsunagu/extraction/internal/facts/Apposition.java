package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * "Kaizuka, a city in Osaka Prefecture of Japan," and "Heilongjiang Province, China,": words that
 * locate or describe the name before them ("Gifu-based", "a Gifu company", an acronym in
 * brackets) are not parties of their own.
 */
final class Apposition {

    private static final Set<String> APPOSITION_NOUNS = Words.of("city", "town", "province", "prefecture", "municipality",
            "district", "region", "county", "village", "port", "subsidiary", "unit", "member", "suburb", "part", "state");

    private Apposition() {
    }

    static boolean holds(DocumentView view, Sentence s, Mention m) {
        if (m.endToken() + 1 < s.endToken() && view.f(m.endToken()).equals("-") && view.f(m.endToken() + 1).equals("based")) {
            return true;
        }
        if (m.is(Mention.Type.PLACE) && (view.f(m.firstToken() - 1).equals("a") || view.f(m.firstToken() - 1).equals("an"))
                && m.endToken() < s.endToken() && view.token(m.endToken()).isWord() && !view.token(m.endToken()).isCapitalized()) {
            // "a Gifu company": the place describes the company
            return true;
        }
        if (m.firstToken() - 1 > s.firstToken() && view.f(m.firstToken() - 1).equals("(") && m.endToken() < s.endToken()
                && view.f(m.endToken()).equals(")") && view.mentionEndingAt(s, m.firstToken() - 1, n -> n.is(Mention.Type.ORGANISATION)) != null) {
            return true;
        }
        int i = m.firstToken() - 1;
        for (int steps = 0; i >= s.firstToken() && steps < 8; steps++, i--) {
            String f = view.f(i);
            if (f.equals(",")) {
                int j = i + 1;
                if (j + 1 < m.firstToken() && (view.f(j).equals("of") && view.f(j + 1).equals("which") || view.f(j).equals("where")
                        || view.f(j).equals("whose"))) {
                    return true;
                }
                if (j < m.firstToken() && (view.f(j).equals("a") || view.f(j).equals("an"))) {
                    for (int k = j + 1; k < Math.min(m.firstToken(), j + 4); k++) {
                        if (APPOSITION_NOUNS.contains(view.f(k))) {
                            return true;
                        }
                    }
                    return false;
                }
                return m.isCountry() && i - 1 >= s.firstToken() && view.mentionEndingAt(s, i, n -> n.is(Mention.Type.PLACE)) != null
                        && onlyModifiersBetween(view, j, m.firstToken());
            }
            if (f.equals(";") || f.equals(".") || f.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** "Osaka, Japan", "Hue, central Vietnam"; not "in Seoul, the mayor praised the RoK's ...". */
    private static boolean onlyModifiersBetween(DocumentView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!view.token(k).isWord() || view.token(k).isCapitalized()) {
                return false;
            }
        }
        return to - from <= 2;
    }

}
