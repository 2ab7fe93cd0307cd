package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.extraction.internal.text.Sentence;

/**
 * "Minister of Industry, Science and Technology", "Head of Inward Investment": an of-phrase made only of
 * field words is the title's portfolio, part of the title, not the body it belongs to.
 */
final class Portfolios {

    /** Fields that describe rather than name a portfolio. */
    private static final Set<String> DESCRIBING_FIELDS = Words.of("foreign", "home", "economic", "cultural", "external",
            "inward", "public");

    private final Set<String> fields;
    private final Set<String> honorific;

    Portfolios(Set<String> fields, Set<String> honorific) {
        this.fields = fields;
        this.honorific = honorific;
    }

    /** The end of the portfolio after a title ending at {@code end}, or {@code end} when there is none. */
    int end(DocumentView view, Sentence s, int end) {
        if (!view.f(end).equals("of") && !view.f(end).equals("for")) {
            return end;
        }
        int last = -1;
        for (int i = end + 1; i < s.endToken(); i++) {
            String f = view.f(i);
            if (isField(view, i)) {
                last = i;
            } else if (!(f.equals("and") || f.equals(",")) || !isField(view, i + 1)) {
                break;
            }
        }
        String next = view.f(last + 1);
        if (last < 0 || next.equals("and") || next.equals("&") || last + 1 < s.endToken() && view.token(last + 1).isWord()
                && view.token(last + 1).isCapitalized() && !TitleOrganisation.isPersonStart(view, s, last + 1)
                && !honorific.contains(next)) {
            // "Minister of Trade Promotion Agency", "Head of Investment and Integrated Services": a body's name
            return end;
        }
        return last + 1;
    }

    /**
     * The portfolio of a minister ("Industry" of "Minister of Industry" and of "Industry Minister"), which names
     * the ministry; null for "Prime Minister" and other titles.
     */
    String ministerPortfolio(String title) {
        int of = title.indexOf("Minister of ");
        if (of >= 0) {
            return title.substring(of + "Minister of ".length());
        }
        if (!title.endsWith(" Minister")) {
            return null;
        }
        String portfolio = title.substring(0, title.length() - " Minister".length());
        if (DESCRIBING_FIELDS.contains(Fold.fold(portfolio.substring(portfolio.lastIndexOf(' ') + 1)))) {
            // "Foreign Minister": the ministry's name ("Foreign Affairs") is not in the title
            return null;
        }
        for (String word : Fold.fold(portfolio).split(" ")) {
            if (!fields.contains(word) && !word.equals("and")) {
                return null;
            }
        }
        return portfolio;
    }

    private boolean isField(DocumentView view, int i) {
        return i < view.tokens.size() && view.token(i).isCapitalized() && fields.contains(view.f(i));
    }
}
