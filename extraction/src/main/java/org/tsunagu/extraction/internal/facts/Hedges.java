package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Word windows that the sentence structure does not cover: the hedges a signing's status still reads (events and
 * ties ask {@link org.tsunagu.extraction.internal.structure.Statements} instead), and list items under a line
 * that announces a plan. Whether a trigger is asserted, only hoped for, or denied: looks at the words before it in its
 * clause ("did not sign", "failed to agree", "hoped to sign", "aim to conclude", "are in talks to
 * sign", "is considering holding", "might one day formalize") and after it ("has been called off",
 * "is under discussion").
 */
final class Hedges {

    enum Status { ASSERTED, PROPOSED, NEGATED }

    private static final Set<String> NEGATIONS = Words.of("not", "n't", "never", "no", "without", "neither", "nor",
            "failed", "fail", "fails", "unable");
    private static final Set<String> PROPOSALS = Words.of("hope", "hoped", "hopes", "hoping", "would", "could", "might",
            "may", "consider", "considering", "considers", "considered", "plan", "plans", "planned", "planning", "expected",
            "exploring", "explore", "explores", "possible", "possibly", "potential", "proposed", "propose", "wants", "want",
            "wish", "wishes", "aims", "aim", "seek", "seeks", "seeking", "study", "discuss", "discussing", "negotiating",
            "intend", "intends", "should", "form", "eyes", "eyeing", "mulling", "aiming", "aspiration", "aspirations");
    /** "began discussions on signing a MOU": what is being discussed is not done. */
    private static final Set<String> DISCUSSIONS = Words.of("discussions", "discussion", "talks", "negotiations");
    private static final Set<String> TOPIC = Words.of("on", "about", "over", "toward", "towards");
    /** "a study tour", "a study mission": "study" naming a trip, not a plan to study something. */
    private static final Set<String> STUDY_GROUPS = Words.of("tour", "tours", "mission", "trip", "visit", "group", "team");
    private static final Set<String> STOPS = Words.of(",", ";", ":", "but", "while", "although", "-", "—", "(", ")");
    private static final Set<String> CANCELLED = Words.of("cancelled", "canceled", "postponed", "scrapped", "shelved",
            "suspended", "dropped");

    private static final Set<String> UNDER_WAY = Words.of("discussion", "negotiation", "consideration", "study", "review");

    private static final Set<String> REPORTING = Words.of("said", "says", "added", "adds", "told", "announced", "noted",
            "stated", "explained", "confirmed");
    private static final Set<String> LIST_MARKS = Words.of("-", "\u2022", "*", "\u00B7", "\u25CF");
    /** Words of a line introducing a list of things to be done ("The parties agreed to:", "the two cities will:"). */
    private static final Set<String> PLANS = Words.of("will", "agreed", "agree", "agrees", "plan", "plans", "aim", "aims",
            "intend", "intends", "shall", "would");

    private Hedges() {
    }

    /** "said that X would", "added X would": a reporting verb a few words before. */
    private static boolean reported(DocumentView view, Sentence s, int would) {
        for (int i = would - 1; i >= Math.max(s.firstToken(), would - 6); i--) {
            if (REPORTING.contains(view.f(i))) {
                return true;
            }
            if (STOPS.contains(view.f(i)) || PROPOSALS.contains(view.f(i)) || NEGATIONS.contains(view.f(i))) {
                return false;
            }
        }
        return false;
    }

    /** A list item under "The parties agreed to:" or "the two cities will:": a plan, not something done. */
    static boolean inPlannedList(DocumentView view, Sentence s) {
        int k = s.index();
        while (k >= 0 && isListItem(view, view.sentences.get(k))) {
            k--;
        }
        if (k == s.index() || k < 0) {
            return false;
        }
        Sentence intro = view.sentences.get(k);
        if (!view.f(intro.endToken() - 1).equals(":")) {
            return false;
        }
        for (int i = intro.firstToken(); i < intro.endToken(); i++) {
            if (PLANS.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListItem(DocumentView view, Sentence s) {
        return LIST_MARKS.contains(view.token(s.firstToken()).text());
    }

    static Status of(DocumentView view, Sentence s, int trigger, int window) {
        for (int i = trigger - 1; i >= Math.max(s.firstToken(), trigger - window); i--) {
            String f = view.f(i);
            if (STOPS.contains(f) || f.equals("that") || f.equals("which")) {
                break;
            }
            if (NEGATIONS.contains(f)) {
                return Status.NEGATED;
            }
            if (f.equals("would") && reported(view, s, i)) {
                // "she added that Gifu would open a desk next week": the future of reported speech, not a wish
                continue;
            }
            if (PROPOSALS.contains(f) && !(f.equals("study") && STUDY_GROUPS.contains(view.f(i + 1)))
                    || f.equals("talks") && view.f(i - 1).equals("in") || DISCUSSIONS.contains(f) && TOPIC.contains(view.f(i + 1))) {
                return Status.PROPOSED;
            }
        }
        for (int i = trigger + 1; i < Math.min(s.endToken(), trigger + 24); i++) {
            String f = view.f(i);
            if (CANCELLED.contains(f) || f.equals("called") && i + 1 < s.endToken() && view.f(i + 1).equals("off")) {
                return Status.NEGATED;
            }
            if (f.equals("under") && UNDER_WAY.contains(view.f(i + 1))) {
                // "an MOU is under discussion": still to be agreed
                return Status.PROPOSED;
            }
            if (f.equals(".") || f.equals(";")) {
                break;
            }
        }
        return Status.ASSERTED;
    }
}
