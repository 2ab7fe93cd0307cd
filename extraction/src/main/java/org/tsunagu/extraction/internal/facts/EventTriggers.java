package org.tsunagu.extraction.internal.facts;

import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.fact.EventKind;

/**
 * The words that name an occasion and its kind ("talks", "a four-day visit", "the forum", "the
 * opening of an office", "called on", "sends a delegation"), and the contexts in which such a
 * word names no new occasion (inside a name, "at the meeting", a ceremony that is a signing).
 */
final class EventTriggers {

    private static final Map<String, EventKind> TRIGGERS = Map.ofEntries(Map.entry("meeting", EventKind.MEETING),
            Map.entry("met", EventKind.MEETING), Map.entry("talks", EventKind.MEETING), Map.entry("reception", EventKind.MEETING),
            Map.entry("received", EventKind.MEETING), Map.entry("visit", EventKind.VISIT), Map.entry("trip", EventKind.VISIT),
            Map.entry("arrived", EventKind.VISIT), Map.entry("dialogue", EventKind.SYMPOSIUM),
            Map.entry("conference", EventKind.CONFERENCE), Map.entry("forum", EventKind.CONFERENCE),
            Map.entry("summit", EventKind.CONFERENCE), Map.entry("symposium", EventKind.SYMPOSIUM),
            Map.entry("seminar", EventKind.SYMPOSIUM), Map.entry("workshop", EventKind.SYMPOSIUM),
            Map.entry("fair", EventKind.EXHIBITION), Map.entry("expo", EventKind.EXHIBITION),
            Map.entry("exhibition", EventKind.EXHIBITION), Map.entry("booth", EventKind.EXHIBITION),
            Map.entry("inauguration", EventKind.OPENING), Map.entry("inaugurated", EventKind.OPENING),
            Map.entry("ceremony", EventKind.OTHER));
    private static final Set<String> OPENED_THINGS = Set.of("office", "showroom", "centre", "center", "warehouse", "store",
            "branch", "factory", "plant", "hub", "museum", "shop", "outlet", "headquarters", "facility", "school", "desk");
    /** Verbs of opening something, done or scheduled ("will open an office next month"). */
    private static final Set<String> OPENS = Set.of("opened", "opening", "launched", "open", "opens", "launch", "launches");
    private static final Set<String> ANAPHORIC = Set.of("at", "during", "after", "before", "following");
    private static final Set<String> OCCASION_PARTS = Set.of("sidelines", "margins", "occasion", "course", "part", "eve",
            "end", "start", "close");

    private EventTriggers() {
    }

    static EventKind kind(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (f.equals("opening") && i + 1 < s.endToken() && view.f(i + 1).equals("ceremony")) {
            return EventKind.OPENING;
        }
        if (f.equals("ceremony") && i > s.firstToken() && view.f(i - 1).equals("opening")) {
            return null;
        }
        if (f.equals("opened") && view.f(i - 1).equals("which")) {
            for (int k = Math.max(s.firstToken(), i - 7); k < i; k++) {
                if (OPENED_THINGS.contains(view.f(k))) {
                    return EventKind.OPENING;
                }
            }
        }
        if (OPENS.contains(f) && i + 1 < s.endToken()) {
            for (int k = Math.max(s.firstToken(), i - 3); k < i && (f.equals("open") || f.equals("opens")); k++) {
                if (TRIGGERS.containsKey(view.f(k))) {
                    // "a tourism fair will open at a department store": the fair begins, nothing is opened
                    return null;
                }
            }
            for (int k = i + 1; k < Math.min(s.endToken(), i + 7); k++) {
                if (OPENED_THINGS.contains(view.f(k))) {
                    return EventKind.OPENING;
                }
                if (TRIGGERS.containsKey(view.f(k)) || view.f(k).equals(",")) {
                    break;
                }
            }
            return null;
        }
        if (f.equals("delegation") && i > s.firstToken()) {
            for (int k = Math.max(s.firstToken(), i - 4); k < i; k++) {
                if (Set.of("send", "sends", "dispatch", "dispatches", "lead", "leads", "leading").contains(view.f(k))) {
                    return EventKind.VISIT;
                }
            }
            // "the delegation, which is in India from December 1 to 6"
            return view.datesIn(s).stream().anyMatch(d -> d.end() != null && d.resolved()) ? EventKind.VISIT : null;
        }
        if (f.equals("trip") && view.f(i - 1).equals("-")) {
            return null;
        }
        if (f.equals("received") && !receivesVisitors(view, s, i)) {
            return null;
        }
        if (f.equals("promotion") && (view.f(i - 1).equals("products") || view.f(i - 1).equals("product")
                || view.f(i + 1).equals("event") || view.f(i + 1).equals("fair"))) {
            return EventKind.EXHIBITION;
        }
        if (f.equals("calls") || f.equals("call") || f.equals("called")) {
            return i + 1 < s.endToken() && view.f(i + 1).equals("on") ? EventKind.MEETING : null;
        }
        if (f.equals("week") && i > s.firstToken() && (view.f(i - 1).equals("products") || view.f(i - 1).equals("product"))) {
            return EventKind.EXHIBITION;
        }
        return TRIGGERS.get(f);
    }

    /** "received a delegation", "received Governor X": a reception, not a delivery of goods. */
    private static boolean receivesVisitors(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if ((m.is(Mention.Type.PERSON) || m.is(Mention.Type.TITLE)) && m.firstToken() > i && m.firstToken() - i <= 4) {
                return true;
            }
        }
        // "received the 15-member delegation": a number and "-member" may stand between
        for (int k = i + 1; k < Math.min(s.endToken(), i + 7); k++) {
            if (Set.of("delegation", "delegations", "visitors", "guests", "ambassador", "mayor", "governor", "officials")
                    .contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean insideName(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= i && i < m.endToken() - 1 && !m.is(Mention.Type.TITLE) && !m.is(Mention.Type.OTHER)) {
                return true;
            }
        }
        return false;
    }

    static boolean ceremonyStandsAlone(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - 3); k < Math.min(s.endToken(), i + 3); k++) {
            String f = view.f(k);
            if (f.equals("a") || f.startsWith("commemorat") || f.equals("anniversary")) {
                return true;
            }
        }
        return false;
    }

    static boolean anaphoric(DocumentView view, Sentence s, int i) {
        return i - 2 >= s.firstToken() && view.f(i - 1).equals("the") && ANAPHORIC.contains(view.f(i - 2));
    }

    /** "on the sidelines of the visit", "on the occasion of the forum": an occasion named before. */
    static boolean partOfNamedBefore(DocumentView view, Sentence s, int i) {
        return i - 3 >= s.firstToken() && view.f(i - 1).equals("the") && view.f(i - 2).equals("of")
                && OCCASION_PARTS.contains(view.f(i - 3));
    }

    static boolean possessed(DocumentView view, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 3); k--) {
            if (view.f(k).equals("'s")) {
                return true;
            }
        }
        return false;
    }
}
