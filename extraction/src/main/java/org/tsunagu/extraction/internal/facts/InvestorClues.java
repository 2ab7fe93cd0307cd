package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;

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

    /** Words after "from" that count or describe investors instead of naming them. */
    private static final Set<String> COUNTS = Words.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "various", "many", "some", "other", "foreign", "overseas", "local", "domestic", "dozens");
    /** How far after a sum its unnamed source may stand: "2.5 trillion won (US$1.9 billion) in investment from five". */
    private static final int UNNAMED_REACH = 12;
    private static final Set<String> PLACE_NOUNS = Words.of("province", "city", "state", "region", "prefecture",
            "county", "capital", "port", "island", "islands");
    /** "South Korea's most populous province": the place noun is at most this many words after the owner's "'s". */
    private static final int OWNED_PLACE_REACH = 4;

    /** "Japanese-funded projects", "Korean-backed plants": the country's money. */
    private static final Set<String> BACKED = Words.of("funded", "financed", "backed");

    private static final Set<String> OCCASIONS = Words.of("summit", "forum", "conference", "expo", "fair", "festival",
            "exhibition", "symposium", "seminar", "week", "roadshow", "show", "convention", "congress", "dialogue");

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

    /** "the Mekong Partnership Summit", "Hanoi Investment Forum": a name of an occasion, where money is only announced. */
    static boolean namesAnOccasion(Mention m) {
        if (m.is(Mention.Type.PLACE) || m.is(Mention.Type.PERSON)) {
            return false;
        }
        String name = m.name();
        int space = name.lastIndexOf(' ');
        return space > 0 && OCCASIONS.contains(Fold.fold(name.substring(space + 1)));
    }

    /** The code of the country an investor is ("Japan", or "Japan" read from "Japanese firms"), else null. */
    static String countryCode(DocumentView view, Sentence s, EntityRef investor) {
        for (var l : view.lookupsStartingIn(s.firstToken(), s.endToken())) {
            if (l.place() != null && l.place().kind() == Place.Kind.COUNTRY
                    && Names.same(l.place().name(), investor.name())) {
                return l.place().country();
            }
        }
        return null;
    }

    /** "Korean", "South Korean": a name ending in a demonym names no investor, only the country {@link #demonymInvested} reads it as. */
    static boolean isDemonym(DocumentView view, Mention m) {
        for (var l : view.lookupsStartingIn(m.firstToken(), m.endToken())) {
            if (l.category() == Lookup.Category.DEMONYM && l.endToken() == m.endToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "attracted 4 trillion won in investment from four companies", "from several foreign investors": the sum's
     * source is counted or described, not named, so no name of the sentence is its investor.
     */
    static boolean unnamedSource(DocumentView view, MoneyMention money, InvestmentParties.Clause clause) {
        for (int i = money.endToken(); i < Math.min(clause.to() - 1, money.endToken() + UNNAMED_REACH); i++) {
            if (view.f(i).equals("from") && (COUNTS.contains(view.f(i + 1)) || view.token(i + 1).isNumber())
                    && !view.token(i + 2).isCapitalized()) {
                // "from three Japanese firms" still names their country
                return true;
            }
        }
        return false;
    }

    /** "South Korea's most populous province": a country that owns a place is where the place lies, not an investor. */
    static boolean ownsPlace(DocumentView view, DocumentView.Actor country) {
        if (!view.f(country.endToken()).equals("'s")) {
            return false;
        }
        for (int i = country.endToken() + 1; i < country.endToken() + 1 + OWNED_PLACE_REACH; i++) {
            if (PLACE_NOUNS.contains(view.f(i))) {
                return true;
            }
            if (!view.token(i).isWord() || view.token(i).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** "Korean-invested firms", "212 Korean FDI projects", "Thai foreign direct investment": a country by its demonym in the sum's clause. */
    static Mention demonymInvested(DocumentView view, Sentence s, InvestmentParties.Clause clause) {
        for (var l : view.lookupsStartingIn(s.firstToken(), s.endToken())) {
            if (l.category() == Lookup.Category.DEMONYM && clause.holds(l.firstToken()) && investmentAfter(view, s, l.endToken())) {
                return new Mention(l.firstToken(), l.endToken(), view.token(l.firstToken()).span(), Mention.Type.GROUP,
                        view.token(l.firstToken()).text(), l.place(), null);
            }
        }
        return null;
    }

    /** An investment noun or "-funded" within a few words after a demonym, over "-", "foreign direct" and the like. */
    private static boolean investmentAfter(DocumentView view, Sentence s, int from) {
        for (int i = from; i < Math.min(s.endToken(), from + DEMONYM_REACH); i++) {
            String f = view.f(i);
            if (f.startsWith("invest") || f.equals("fdi") || f.equals("capital") || BACKED.contains(f)) {
                return true;
            }
            if (!f.equals("-") && !f.equals("foreign") && !f.equals("direct")) {
                return false;
            }
        }
        return false;
    }
}
