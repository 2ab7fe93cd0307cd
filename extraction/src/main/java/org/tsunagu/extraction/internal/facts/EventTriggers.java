package org.tsunagu.extraction.internal.facts;

import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.fact.EventKind;

/**
 * The words that name an occasion and its kind ("talks", "a four-day visit", "the forum", "the
 * opening of an office", "called on", "sends a delegation"), and the contexts in which such a
 * word names no new occasion (inside a name, "at the meeting", a ceremony that is a signing).
 */
final class EventTriggers {

    private static final Map<String, EventKind> TRIGGERS = Words.map(Map.ofEntries(Map.entry("meeting", EventKind.MEETING),
            Map.entry("met", EventKind.MEETING), Map.entry("talks", EventKind.MEETING), Map.entry("reception", EventKind.MEETING),
            Map.entry("received", EventKind.MEETING), Map.entry("visit", EventKind.VISIT), Map.entry("trip", EventKind.VISIT),
            Map.entry("arrived", EventKind.VISIT), Map.entry("visited", EventKind.VISIT), Map.entry("dialogue", EventKind.SYMPOSIUM),
            Map.entry("conference", EventKind.CONFERENCE), Map.entry("forum", EventKind.CONFERENCE),
            Map.entry("summit", EventKind.CONFERENCE), Map.entry("symposium", EventKind.SYMPOSIUM),
            Map.entry("seminar", EventKind.SYMPOSIUM), Map.entry("workshop", EventKind.SYMPOSIUM),
            Map.entry("fair", EventKind.EXHIBITION), Map.entry("expo", EventKind.EXHIBITION),
            Map.entry("exhibition", EventKind.EXHIBITION), Map.entry("booth", EventKind.EXHIBITION),
            Map.entry("inauguration", EventKind.OPENING), Map.entry("inaugurated", EventKind.OPENING),
            Map.entry("ceremony", EventKind.OTHER)));
    /** Occasions named in the plural, told one to a place. */
    static final Map<String, EventKind> PLURALS = Words.map(Map.of("conferences", EventKind.CONFERENCE, "forums",
            EventKind.CONFERENCE, "seminars", EventKind.SYMPOSIUM, "workshops", EventKind.SYMPOSIUM, "symposiums",
            EventKind.SYMPOSIUM, "fairs", EventKind.EXHIBITION, "exhibitions", EventKind.EXHIBITION));
    private static final Set<String> RECEIVING = Words.of("received", "receives", "receive", "welcomed", "welcomes", "met",
            "meets", "hosted", "hosts", "greeted");
    private static final Set<String> VISITORS = Words.of("delegation", "delegations", "visitors", "guests", "ambassador",
            "mayor", "governor", "officials");
    /** Verbs that further an activity in general: "enhancing dialogue", "to promote exchanges". */
    private static final Set<String> FOSTERING = Words.of("enhance", "enhancing", "enhanced", "promote", "promoting",
            "strengthen", "strengthening", "deepen", "deepening", "foster", "fostering", "boost", "boosting", "encourage",
            "encouraging", "facilitate", "facilitating", "expand", "expanding", "increase", "increasing", "more", "further");
    private static final Set<String> INVESTORS = Words.of("investment", "investor", "investors");
    private static final Set<String> COORDINATION = Words.of(",", "and", "or");
    /** Occasions' plural nouns that name no kind of their own here, but show a list of kinds: "fairs, expositions and". */
    private static final Set<String> OTHER_OCCASIONS = Words.of("expositions", "expos", "shows", "events", "meetings",
            "visits", "missions", "tours", "festivals", "roadshows");
    private static final Set<String> BEFORE_TOUR_AS_VERB = Words.of("will", "to", "would", "also");
    private static final Set<String> SENDING = Words.of("send", "sends", "dispatch", "dispatches", "lead", "leads", "leading");
    static final Set<String> OPENED_THINGS = Words.of("office", "showroom", "centre", "center", "warehouse", "store",
            "branch", "factory", "plant", "hub", "museum", "shop", "outlet", "headquarters", "facility", "school", "desk");
    /** Verbs of opening something, done or scheduled ("will open an office next month"). */
    private static final Set<String> OPENS = Words.of("opened", "opening", "launched", "open", "opens", "launch", "launches");
    private static final Set<String> ANAPHORIC = Words.of("at", "during", "after", "before", "following");
    /**
     * "a business-matching session", "one-on-one business consultations": companies meeting each other; "a working
     * session": officials meeting.
     */
    private static final Set<String> MATCHING = Words.of("matching", "consultation", "negotiation", "networking", "pitching",
            "pitch", "b2b", "working");
    /** "a briefing session", "an information session": someone speaking to an audience. */
    private static final Set<String> BRIEFING = Words.of("briefing", "information", "dialogue", "study", "training");
    /** "a trade mission", "a study tour": a group sent abroad for a purpose. */
    private static final Set<String> MISSION_PURPOSES = Words.of("business", "trade", "investment", "economic", "sales", "study",
            "inspection", "purchasing", "buyers", "buying");
    private static final Set<String> TRADE_WEEKS = Words.of("food", "foods", "gourmet", "trade", "business", "investment",
            "fashion", "wine", "sake", "tea", "seafood", "beef", "fruit", "brands", "goods");
    private static final int CLAUSE_REACH = 20;
    private static final Set<String> FUTURE = Words.of("will", "would", "shall");
    private static final Set<String> CLAUSE_ENDS = Words.of(",", ";", ":", ".", "that", "which", "who", "when", "while",
            "after", "before", "(", ")");
    private static final Set<String> NOT_GATHERINGS = Words.of("press", "news", "video", "phone", "telephone");
    private static final Set<String> PROMOTIONS = Words.of("promotional", "promotion", "sales", "marketing", "publicity");
    static final Set<String> DETERMINERS = Words.of("the", "a", "its", "their", "this");
    private static final Set<String> OCCASION_PARTS = Words.of("sidelines", "margins", "occasion", "course", "part", "eve",
            "end", "start", "close");

    private EventTriggers() {
    }

    static EventKind kind(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (SigningTriggers.at(view, s, i)) {
            return EventKind.SIGNING;
        }
        if (f.equals("ceremony") && i > s.firstToken() && view.f(i - 1).equals("signing")) {
            return null;
        }
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
        if (f.equals("launch") && launchesANamedOccasion(view, s, i)) {
            // "at the launch of the Taste of Penang 2024 programme": a launch is an opening
            return EventKind.OPENING;
        }
        if (f.equals("set") && view.f(i + 1).equals("up") && opensAThing(view, s, i + 1)) {
            // "set up a factory in Laos in 2018"
            return EventKind.OPENING;
        }
        if (OPENS.contains(f) && i + 1 < s.endToken()) {
            for (int k = Math.max(s.firstToken(), i - 3); k < i && (f.equals("open") || f.equals("opens")); k++) {
                if (TRIGGERS.containsKey(view.f(k))) {
                    // "a tourism fair will open at a department store": the fair begins, nothing is opened
                    return null;
                }
            }
            return opensAThing(view, s, i) ? EventKind.OPENING : null;
        }
        if (f.equals("delegation") && i > s.firstToken()) {
            for (int k = Math.max(s.firstToken(), i - 4); k < i; k++) {
                if (SENDING.contains(view.f(k))) {
                    return EventKind.VISIT;
                }
            }
            if (indefinite(view, s, i) && view.f(i + 1).equals("from") && view.find(s, s.firstToken(), RECEIVING) < 0
                    && view.actors(s).stream()
                    .anyMatch(a -> a.firstToken() == i + 2 || a.firstToken() == i + 3 && view.f(i + 2).equals("the"))) {
                // "a delegation from Ehime took part in a session here": a group come from somewhere is on a visit, unless
                // the sentence tells of its reception instead
                return EventKind.VISIT;
            }
            // "the delegation, which is in India from December 1 to 6"
            return view.datesIn(s).stream().anyMatch(d -> d.end() != null && d.resolved()) ? EventKind.VISIT : null;
        }
        EventKind several = PLURALS.get(f);
        if (several != null) {
            // "two conferences held in Tokyo and Osaka": one occasion in each place, else no occasion told apart;
            // "trade fairs, expositions and seminars in A and B" lists kinds of activity, not occasions
            return EventPlaces.eachIn(view, s, i).isEmpty() || listsKinds(view, s, i) ? null : several;
        }
        EventKind gathering = gathering(view, s, i);
        if (gathering != null) {
            return gathering;
        }
        if (f.equals("trip") && view.f(i - 1).equals("-")) {
            return null;
        }
        if (f.equals("conference") && NOT_GATHERINGS.contains(view.f(i - 1))) {
            // "told a press conference": the officials speaking, not a conference held
            return null;
        }
        if (f.equals("campaign") && PROMOTIONS.contains(view.f(i - 1))) {
            // "ran a promotional campaign in the mall from Feb. 3 to 6"
            return EventKind.OTHER;
        }
        if (f.equals("dialogue") && FOSTERING.contains(view.f(i - 1))) {
            // "enhancing dialogue between the chambers": talk in general, furthered, not a dialogue held
            return null;
        }
        if (f.equals("received") && !receivesVisitors(view, s, i)) {
            return null;
        }
        if ((f.equals("receive") || f.equals("receives")) && receivesVisitors(view, s, i)) {
            // "the mayor will receive the deputy governor at City Hall on October 21"
            return EventKind.MEETING;
        }
        if (f.equals("promotion") && (view.f(i - 1).equals("products") || view.f(i - 1).equals("product")
                || view.f(i + 1).equals("event") || view.f(i + 1).equals("fair"))) {
            return EventKind.EXHIBITION;
        }
        if (f.equals("calls") || f.equals("call") || f.equals("called")) {
            // "called on the governor", "paid a courtesy call to the mayor"
            return i + 1 < s.endToken() && view.f(i + 1).equals("on") || view.f(i - 1).equals("courtesy") ? EventKind.MEETING
                    : null;
        }
        if (f.equals("week") && i > s.firstToken() && (view.f(i - 1).equals("products") || view.f(i - 1).equals("product"))) {
            return EventKind.EXHIBITION;
        }
        return TRIGGERS.get(f);
    }

    /**
     * "will visit", "would sign", "to join the opening", "the opening of the campus will be finalised": an occasion
     * still to come, told in the clause around its word.
     */
    static boolean toCome(DocumentView view, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - CLAUSE_REACH); k--) {
            String f = view.f(k);
            if (CLAUSE_ENDS.contains(f)) {
                break;
            }
            if (FUTURE.contains(f) || f.equals("to") && k == i - 1) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(s.endToken(), i + CLAUSE_REACH); k++) {
            String f = view.f(k);
            if (CLAUSE_ENDS.contains(f) || SigningVerbs.at(view, k)) {
                break;
            }
            if (FUTURE.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** "the launch of the Kyoto Craft Week", "the launch of Penang Gourmet 2024": the launch of something named. */
    private static boolean launchesANamedOccasion(DocumentView view, Sentence s, int i) {
        int named = view.f(i + 2).equals("the") ? i + 3 : i + 2;
        return DETERMINERS.contains(view.f(i - 1)) && view.f(i + 1).equals("of") && named < s.endToken()
                && view.token(named).isCapitalized();
    }

    /** "opened a RM 450 million test and packaging plant": a figure and a compound may stand between verb and thing. */
    private static boolean opensAThing(DocumentView view, Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.endToken(), verb + 10); k++) {
            if (OPENED_THINGS.contains(view.f(k))) {
                return true;
            }
            if (TRIGGERS.containsKey(view.f(k)) || view.f(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "a delegation", "a 60-member business delegation": a group not told of before. */
    private static boolean indefinite(DocumentView view, Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(s.firstToken(), noun - 5); k--) {
            String f = view.f(k);
            if (f.equals("a") || f.equals("an")) {
                return true;
            }
            if (!view.token(k).isWord() && !view.token(k).isNumber() && !f.equals("-") || view.token(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The nouns of business gatherings and trips whose kind depends on the words around them: sessions
     * ("business-matching session" a meeting, "briefing session" a symposium), briefings, consultations,
     * missions and tours, a showcase, a pavilion at a fair, a trade week ("Hokkaido Food Week") and an event held for
     * investors.
     */
    private static EventKind gathering(DocumentView view, Sentence s, int i) {
        String before = view.f(i - 1);
        return switch (view.f(i)) {
            case "session", "sessions" -> session(view, s, i);
            case "briefing" -> view.f(i + 1).startsWith("session") ? null : EventKind.SYMPOSIUM;
            case "consultations" -> EventKind.MEETING;
            // "a business mission from 24 to 27 September"; not "cooperated on trade missions since 2000"
            case "mission" -> MISSION_PURPOSES.contains(before) && view.nearestDate(s, i) != null ? EventKind.VISIT : null;
            // "a study tour", "will tour the techno valley", "a tour of the plant"; not "tour operators"
            // "a study tour", "will tour the techno valley", "a tour of the plant", "a three-day Kenya tour"; not "tour
            // operators"
            case "tour" -> MISSION_PURPOSES.contains(before) || BEFORE_TOUR_AS_VERB.contains(before)
                    || view.f(i + 1).equals("of") || EventDates.lengthInDays(view, s, i) > 1 ? EventKind.VISIT : null;
            case "showcase" -> before.equals("to") ? null : EventKind.EXHIBITION;
            // "a Penang pavilion at SEMICON Japan": a stand at a fair; a capitalised Pavilion is a venue's name
            case "pavilion" -> Character.isLowerCase(view.token(i).text().charAt(0)) && view.f(i + 1).equals("at")
                    ? EventKind.EXHIBITION : null;
            case "week" -> namedWeek(view, i) ? EventKind.EXHIBITION : null;
            // "an investment attraction event", "an investor relations event": a gathering to win investors
            case "event" -> investorsGathered(view, s, i) ? EventKind.CONFERENCE : null;
            default -> null;
        };
    }

    /** "trade fairs, expositions and seminars": a plural coordinated with other occasions' nouns. */
    private static boolean listsKinds(DocumentView view, Sentence s, int i) {
        boolean before = i - 2 >= s.firstToken() && COORDINATION.contains(view.f(i - 1)) && occasionNoun(view.f(i - 2));
        boolean after = i + 2 < s.endToken() && COORDINATION.contains(view.f(i + 1))
                && (occasionNoun(view.f(i + 2)) || i + 3 < s.endToken() && occasionNoun(view.f(i + 3)));
        return before || after;
    }

    private static boolean occasionNoun(String folded) {
        return PLURALS.containsKey(folded) || TRIGGERS.containsKey(folded) || OTHER_OCCASIONS.contains(folded);
    }

    private static boolean investorsGathered(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
            if (INVESTORS.contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    private static EventKind session(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
            if (MATCHING.contains(view.f(k))) {
                return EventKind.MEETING;
            }
            if (BRIEFING.contains(view.f(k))) {
                return EventKind.SYMPOSIUM;
            }
        }
        return null;
    }

    /** "Hokkaido Food Week", "Busan Trade Week": a week named for the goods or business it sells; a culture week is not. */
    private static boolean namedWeek(DocumentView view, int i) {
        return Character.isUpperCase(view.token(i).text().charAt(0)) && TRADE_WEEKS.contains(view.f(i - 1))
                && Character.isUpperCase(view.token(i - 1).text().charAt(0));
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
            if (VISITORS.contains(view.f(k))) {
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
