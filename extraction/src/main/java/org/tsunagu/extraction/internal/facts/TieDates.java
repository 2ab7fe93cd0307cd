package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.time.PartialDate;

/** When a tie began: "since 1979", "became sister cities in 2002", a partner's year in parentheses. */
final class TieDates {

    private static final Set<String> BECOMING = Words.of("became", "become", "established", "upgraded", "formed");

    private TieDates() {
    }

    static PartialDate since(DocumentView view, Sentence s, int trigger, int end) {
        DateMention best = null;
        for (DateMention d : view.datesIn(s)) {
            if (!d.resolved()) {
                continue;
            }
            if (d.role() == DateMention.Role.SINCE && d.firstToken() >= trigger - 8) {
                return d.date();
            }
            if (d.firstToken() >= end && d.firstToken() - end <= 6 && best == null) {
                best = d;
            }
        }
        boolean agreementNext = end < s.endToken() && (view.f(end).equals("agreement") || view.f(end).equals("pact"));
        boolean becameBefore = false;
        for (int i = Math.max(s.firstToken(), trigger - 6); i < trigger; i++) {
            becameBefore |= BECOMING.contains(view.f(i));
        }
        if (best == null && (agreementNext || becameBefore)) {
            best = view.nearestDate(s, trigger);
        }
        return best == null ? null : best.date();
    }

    static boolean hasParenthesisedYears(DocumentView view, Sentence s, int from) {
        for (int i = from; i + 1 < s.endToken(); i++) {
            if (view.f(i).equals("(") && (view.token(i + 1).isNumber() || view.f(i + 1).equals("in"))) {
                return true;
            }
        }
        return false;
    }

    static PartialDate parenthesisedDate(DocumentView view, Sentence s, int after) {
        if (after >= s.endToken() || !view.f(after).equals("(")) {
            return null;
        }
        for (DateMention d : view.datesIn(s)) {
            if (d.firstToken() > after && d.firstToken() <= after + 2 && d.resolved()) {
                return d.date();
            }
        }
        return null;
    }
}
