package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/** The small constructions that tell whether a name puts money in, for {@link InvestmentParties}. */
final class InvestorClues {

    static final Set<String> OWNED_INVESTMENT = Words.of("investment", "investments", "fdi", "capital");
    /** Words after "X's investment" that make X its owner, not its recipient ("X's investment approvals"). */
    private static final Set<String> INVESTMENT_LINKS = Words.of("worth", "in", "into", "of", "totalling", "totaling",
            "valued", "amounting");
    private static final Set<String> WHOLES = Words.of("total", "share", "overall");
    /** "Korean foreign direct investment": the demonym and its investment noun are at most this far apart. */
    private static final int DEMONYM_REACH = 4;
    /** How near before its own sum a name stands: "Singapore leading at US$ 1.2 billion". */
    private static final int OWN_SUM_REACH = 4;

    private InvestorClues() {
    }

    /** "the FRG's investment worth RM3 billion", "Thailand's investment in Quang Ninh": the owner of the money before it. */
    static boolean ownsInvestment(DocumentView view, DocumentView.Actor a, MoneyMention money) {
        int noun = a.endToken() + 1;
        return a.endToken() < money.firstToken() && view.f(a.endToken()).equals("'s")
                && OWNED_INVESTMENT.contains(view.f(noun)) && INVESTMENT_LINKS.contains(view.f(noun + 1));
    }

    /** "US$ 3.5 billion in FDI, with Singapore leading at US$ 1.2 billion": a name just before another sum is that sum's. */
    static boolean ownsAnotherSum(DocumentView view, Sentence s, DocumentView.Actor a, MoneyMention money) {
        for (MoneyMention other : view.moneyIn(s)) {
            if (other != money && other.firstToken() >= a.endToken() && other.firstToken() - a.endToken() <= OWN_SUM_REACH
                    && a.firstToken() > money.endToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Taiwan's Lumisen Optics opened a NT$6 billion factory": a country that owns a company named before the sum
     * is where the company is from; the company is the investor.
     */
    static boolean ownsNamedCompany(DocumentView view, Sentence s, DocumentView.Actor country, MoneyMention money) {
        if (!view.f(country.endToken()).equals("'s")) {
            return false;
        }
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() == country.endToken() + 1 && m.endToken() <= money.firstToken()
                    && (m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 || m.is(Mention.Type.ORGANISATION))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reached RM 22.1 billion, with the United States, Japan and Germany the largest sources": a sum beside a list of
     * countries is no one country's.
     */
    static boolean inCountryList(DocumentView view, Sentence s, DocumentView.Actor a) {
        for (Mention other : view.mentionsIn(s)) {
            if (other.isCountry() && (joins(view, other.endToken(), a.firstToken()) || joins(view, a.endToken(), other.firstToken()))) {
                return true;
            }
        }
        return false;
    }

    /** A comma or "and" alone between two names. */
    private static boolean joins(DocumentView view, int end, int first) {
        return first == end + 1 && (view.f(end).equals(",") || view.f(end).equals("and"));
    }

    /** "Total FDI", "Foreign Investment": a capitalised name of the money itself invests nothing. */
    static boolean namesTheMoney(DocumentView view, Mention m) {
        return OWNED_INVESTMENT.contains(view.f(m.endToken() - 1));
    }

    /** "90 billion baht from China": the source named right after the sum. */
    static boolean sourceAfter(DocumentView view, DocumentView.Actor a, MoneyMention money) {
        return a.firstToken() > money.endToken() && a.firstToken() - money.endToken() <= 2
                && view.f(a.firstToken() - 1).equals("from");
    }

    /** "22 per cent of Malaysia's total": the whole a sum is a share of invests nothing itself. */
    static boolean isWhole(DocumentView view, DocumentView.Actor a) {
        return view.f(a.endToken()).equals("'s") && WHOLES.contains(view.f(a.endToken() + 1));
    }

    /** "Korean-invested firms", "212 Korean FDI projects", "Thai foreign direct investment": a country by its demonym. */
    static Mention demonymInvested(DocumentView view, Sentence s) {
        for (var l : view.lookupsStartingIn(s.firstToken(), s.endToken())) {
            if (l.category() == Lookup.Category.DEMONYM && s.containsToken(l.firstToken()) && investmentAfter(view, s, l.endToken())) {
                return new Mention(l.firstToken(), l.endToken(), view.token(l.firstToken()).span(), Mention.Type.GROUP,
                        view.token(l.firstToken()).text(), l.place(), null);
            }
        }
        return null;
    }

    /** An investment noun within a few words after a demonym, over "-", "foreign direct" and the like. */
    private static boolean investmentAfter(DocumentView view, Sentence s, int from) {
        for (int i = from; i < Math.min(s.endToken(), from + DEMONYM_REACH); i++) {
            String f = view.f(i);
            if (f.startsWith("invest") || f.equals("fdi") || f.equals("capital")) {
                return true;
            }
            if (!f.equals("-") && !f.equals("foreign") && !f.equals("direct")) {
                return false;
            }
        }
        return false;
    }
}
