package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * A list of investors, each with its own sum: "the top three sources were Germany (RM3.2 billion),
 * Singapore (RM1.5 billion) and Norway (RM0.9 billion)", "Malaysia with US$120 million, followed by
 * Singapore (US$80 million)", "Malaysia with total investment of US $ 120 million, Singapore US $ 80
 * million". Each sum belongs to the investor just before it; when the sentence ranks the list
 * ("top", "largest", "followed by"), its place in the list is its rank, an unnamed entry keeping
 * its place.
 */
final class SourceLists {

    private static final Set<String> RANKING = Words.of("top", "largest", "biggest", "leading", "followed", "major");
    private static final Set<String> RECEIVES = Words.of("attracted", "attracts", "recorded", "records", "received", "receives",
            "drew", "draws", "hosts", "hosted", "absorbed", "welcomed", "secured", "lured", "saw");
    /** Words a first entry may hold between its investor and sum: "Malaysia with total investment of". */
    private static final int FIRST_REACH = 6;
    /** Words a later entry may hold: "Singapore (", "Singapore with". */
    private static final int LATER_REACH = 2;
    /** Words a bracket after an investor may hold and still only qualify it: "(China)", "(South Korea)". */
    private static final int QUALIFIER_WORDS = 3;

    /** A sum of the list and its investor; an entry without a name ("..., US $ 13 million and China ...") has none. */
    record Entry(MoneyMention money, Optional<DocumentView.Actor> investor, Optional<Integer> rank) {
    }

    private SourceLists() {
    }

    /** The entries of the sentence's list, or none when its sums are not each given to an investor. */
    static List<Entry> in(DocumentView view, Sentence s, List<DocumentView.Actor> actors) {
        List<MoneyMention> sums = view.moneyIn(s).stream().filter(m -> !isConversion(view, s, m)).toList();
        if (sums.size() < 2) {
            return List.of();
        }
        boolean ranked = view.contains(s, RANKING);
        List<Entry> out = new ArrayList<>();
        int previousEnd = s.firstToken();
        for (int n = 0; n < sums.size(); n++) {
            MoneyMention money = sums.get(n);
            DocumentView.Actor investor = investorBefore(view, actors, previousEnd, money.firstToken());
            int reach = n == 0 ? FIRST_REACH : LATER_REACH;
            Optional<Integer> rank = ranked ? Optional.of(n + 1) : Optional.empty();
            if (investor != null && money.firstToken() - endPastQualifier(view, investor) <= reach) {
                out.add(new Entry(money, Optional.of(investor), rank));
                previousEnd = money.endToken();
            } else if (n > 0 && (view.f(money.firstToken() - 1).equals("and") || view.f(money.firstToken() - 1).equals(","))) {
                out.add(new Entry(money, Optional.empty(), rank));
            } else if (n > 0) {
                return List.of();
            }
        }
        List<String> investors = out.stream().flatMap(e -> e.investor().stream()).map(a -> a.ref().name()).toList();
        return investors.size() >= 2 && investors.stream().distinct().count() == investors.size() ? out : List.of();
    }

    /** "Taiwan (China) with US$ 980 million": a short bracket after the investor qualifies it and adds no distance. */
    private static int endPastQualifier(DocumentView view, DocumentView.Actor investor) {
        int end = investor.endToken();
        if (!view.f(end).equals("(")) {
            return end;
        }
        for (int i = end + 1; i <= end + QUALIFIER_WORDS + 1; i++) {
            if (view.f(i).equals(")")) {
                return i + 1;
            }
        }
        return end;
    }

    /** "120.5 billion yuan (US$ 16.9 billion)": a sum in brackets right after another is the same sum. */
    static boolean isConversion(DocumentView view, Sentence s, MoneyMention money) {
        if (!money.parenthetical()) {
            return false;
        }
        int bracket = money.firstToken() - 1;
        while (bracket > s.firstToken() && !view.f(bracket).equals("(")) {
            bracket--;
        }
        for (MoneyMention other : view.moneyIn(s)) {
            if (other.endToken() == bracket) {
                return true;
            }
        }
        return false;
    }

    private static DocumentView.Actor investorBefore(DocumentView view, List<DocumentView.Actor> actors, int from, int to) {
        DocumentView.Actor best = null;
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() >= from && a.endToken() <= to && canInvest(view, a)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Any place, organisation or group but one the money goes "in" or "to", one that receives it ("X attracted"), or a
     * city or province that owns it ("Hanoi's FDI reached").
     */
    private static boolean canInvest(DocumentView view, DocumentView.Actor a) {
        String prep = view.f(a.firstToken() - 1).equals("the") ? view.f(a.firstToken() - 2) : view.f(a.firstToken() - 1);
        boolean localOwner = a.mention().is(Mention.Type.PLACE) && !a.isCountry() && view.f(a.endToken()).equals("'s");
        return !prep.equals("in") && !prep.equals("into") && !prep.equals("to") && !RECEIVES.contains(view.f(a.endToken()))
                && !localOwner;
    }

}
