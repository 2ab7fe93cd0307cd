package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.EventKind;

/**
 * What an occasion is called. A title-case name around its word is taken whole, with the places
 * joined to it by a dash, the edition before it and the year after it ("the 5th Japan–Korea Tourism
 * Forum 2024"); a common noun keeps its modifiers ("business-matching session") and its topic ("a
 * seminar on waste-to-energy", "an exhibition of sand sculptures", "talks between X and Y"). An
 * occasion told by a verb is named by its parts: "Busan delegation visit to Fukuoka", "talks between
 * Busan and Fukuoka", "reception of the Busan delegation", "Busan Foods cold storage warehouse".
 */
final class EventNames {

    private static final Set<String> DASHES = Words.of("-", "\u2013", "&");
    private static final Set<String> PHRASE_ENDS = Words.of("at", "on", "which", "that", "who", "where", "held", "attended",
            "organised", "organized", "hosted", "to", "from", "this", "last", "next", "yesterday", "today", "tomorrow");
    /** Small words inside a title ("International Trade in Services Summit", "Festival of Lights"). */
    private static final Set<String> TITLE_WORDS = Words.of("of", "and", "in", "for", "on", "de");
    private static final Set<String> NOT_MODIFIERS = Words.of("a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
            "of", "in", "at", "on", "to", "for", "with", "by", "from", "and", "or", "first", "second", "last", "next", "such",
            "will", "would", "is", "are", "was", "were", "hold", "holds", "attend", "attends", "join", "joins", "during",
            "after", "before", "following", "lead", "leads", "leading", "host", "hosts", "open", "opens", "which", "who");
    /** Verbs that tell of an occasion without naming it. */
    private static final Set<String> VERBS = Words.of("met", "received", "receive", "receives", "arrived", "opened", "opening",
            "launched", "launch", "launches", "open", "opens", "inaugurated", "calls", "call", "called");
    private static final Set<String> TRIP_WORDS = Words.of("visit", "trip", "tour", "mission");
    private static final Set<String> AMOUNTS = Words.of("million", "billion", "trillion", "crore", "lakh", "thousand");
    private static final int MAX_TOPIC = 8;

    private EventNames() {
    }

    /** The name of the occasion at {@code trigger}; {@code host} and {@code place} are what the other readers found. */
    static String of(DocumentView view, Sentence s, int trigger, EventKind kind, List<EntityRef> hosts, Optional<EntityRef> place,
            List<EntityRef> parties) {
        String f = view.f(trigger);
        if (kind == EventKind.SIGNING) {
            return signing(view, s);
        }
        if (view.token(trigger).isCapitalized() && trigger > s.firstToken() && !VERBS.contains(f)) {
            return titled(view, s, trigger);
        }
        if (kind == EventKind.VISIT) {
            return visit(view, s, trigger, hosts, place);
        }
        if (kind == EventKind.MEETING && (f.equals("met") || f.equals("talks") && !hasTopic(view, s, trigger))) {
            return parties.size() >= 2 ? "talks between " + parties.get(0).name() + " and " + parties.get(1).name() : "talks";
        }
        if (kind == EventKind.MEETING && f.startsWith("receive")) {
            return reception(view, s, trigger);
        }
        if (kind == EventKind.OPENING && VERBS.contains(f) && !view.f(trigger + 1).equals("ceremony")) {
            return opened(view, s, trigger, hosts);
        }
        if (f.startsWith("call")) {
            String courtesy = view.f(trigger - 1).equals("courtesy") ? "courtesy " : "";
            int end = phraseEnd(view, s, trigger + 2);
            return courtesy + (end > trigger + 2 ? "call on " + view.text(trigger + 2, end) : "call");
        }
        int start = modifiersBefore(view, s, trigger);
        int end = trigger + 1;
        if (f.equals("opening") && view.f(end).equals("ceremony")) {
            end++;
        }
        if (hasTopic(view, s, end - 1)) {
            return view.text(start, phraseEnd(view, s, end + 1));
        }
        boolean unmarked = view.f(end - 1).equals("ceremony") && !view.f(start).equals("anniversary");
        String name = (unmarked ? anniversary(view, s) : "") + view.text(start, end);
        boolean common = Character.isLowerCase(name.charAt(0));
        return common && !hosts.isEmpty() ? hosts.get(0).name() + " " + name : name;
    }

    /** "signing of the memorandum of understanding": the document the sentence says was signed, else "signing". */
    private static String signing(DocumentView view, Sentence s) {
        List<AgreementReader.Candidate> signed = view.agreementsIn(s);
        return signed.isEmpty() ? "signing" : "signing of the " + view.text(signed.get(0).trigger(), signed.get(0).triggerEnd());
    }

    /** "the 45th anniversary" in the sentence of a ceremony that does not name it: "45th anniversary ", else "". */
    private static String anniversary(DocumentView view, Sentence s) {
        int at = view.find(s, s.firstToken(), Set.of("anniversary"));
        return at > s.firstToken() && view.token(at - 1).isNumber() ? view.text(at - 1, at + 1) + " " : "";
    }

    /** "Japan–Karnataka Business Dialogue", "5th International Trade in Services (Chongqing) Summit", "Fair 2024". */
    private static String titled(DocumentView view, Sentence s, int trigger) {
        int start = trigger;
        int end = trigger + 1;
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= trigger && trigger < m.endToken()) {
                start = Math.min(start, m.firstToken());
                end = Math.max(end, m.endToken());
            }
        }
        while (start - 1 >= s.firstToken() && trigger - start < 12) {
            int k = start - 1;
            String f = view.f(k);
            boolean name = view.token(k).isCapitalized() && !NOT_MODIFIERS.contains(f) || view.token(k).isNumber()
                    || f.equals(")") && view.f(k - 2).equals("(") && view.token(k - 1).isCapitalized();
            boolean joined = (DASHES.contains(f) || TITLE_WORDS.contains(f) && !view.token(k).isCapitalized())
                    && view.token(k - 1).isCapitalized();
            if (f.equals(")")) {
                start -= 3;
            } else if (name || joined) {
                start--;
            } else {
                break;
            }
        }
        if (end < s.endToken() && view.token(end).isNumber() && view.f(end).length() == 4) {
            end++;
        }
        return view.text(start, end);
    }

    /** "Busan delegation visit to Fukuoka": who sent the trip, the trip's own word, where it went. */
    private static String visit(DocumentView view, Sentence s, int trigger, List<EntityRef> hosts, Optional<EntityRef> place) {
        String trip = TRIP_WORDS.contains(view.f(trigger)) ? tripWords(view, s, trigger) : "visit";
        StringBuilder name = new StringBuilder();
        hosts.stream().findFirst().ifPresent(h -> name.append(h.name()).append(" delegation "));
        name.append(trip);
        place.ifPresent(p -> name.append(" to ").append(p.name()));
        return name.toString();
    }

    /** "working trip", "study tour": the trip word with the words before it that are not its length. */
    private static String tripWords(DocumentView view, Sentence s, int trigger) {
        int start = modifiersBefore(view, s, trigger);
        while (start < trigger && (view.f(start + 1).equals("-") || view.f(start).equals("-") || view.token(start).isNumber()
                || view.f(start).equals("day") || view.f(start).equals("week"))) {
            start++;
        }
        return view.text(start, trigger + 1);
    }

    /** "reception of the Kitakyushu delegation", "reception of the Ibaraki governor". */
    private static String reception(DocumentView view, Sentence s, int trigger) {
        String guest = "delegation";
        String from = null;
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= trigger) {
                continue;
            }
            if (m.is(Mention.Type.TITLE) && guest.equals("delegation") && view.find(s, trigger, Set.of("delegation")) < 0) {
                guest = m.title().toLowerCase(java.util.Locale.ROOT);
            } else if (from == null && (m.is(Mention.Type.PLACE) && !m.isCountry() || m.is(Mention.Type.ORGANISATION))) {
                from = m.name();
            }
        }
        return "reception of the " + (from == null ? "" : from + " ") + guest;
    }

    /** "Hoshizora Logistics bonded warehouse": who opened it and what, without its cost. */
    private static String opened(DocumentView view, Sentence s, int trigger, List<EntityRef> hosts) {
        int thing = -1;
        for (int k = trigger + 1; k < Math.min(s.endToken(), trigger + 12) && thing < 0; k++) {
            if (EventTriggers.OPENED_THINGS.contains(view.f(k))) {
                thing = k;
            }
        }
        if (thing < 0) {
            // "a plant in Wonju, which opened last year": the thing was named before the verb
            for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 12) && thing < 0; k--) {
                if (EventTriggers.OPENED_THINGS.contains(view.f(k))) {
                    thing = k;
                }
            }
        }
        String what = thing < 0 ? "" : view.text(modifiersBefore(view, s, thing), thing + 1);
        String who = hosts.isEmpty() ? "" : hosts.get(0).name();
        return (who + " " + what).strip().isEmpty() ? view.text(trigger, trigger + 1) : (who + " " + what).strip();
    }

    /** The first token of the words before a noun that modify it ("tourism promotion", "business-matching"). */
    private static int modifiersBefore(DocumentView view, Sentence s, int noun) {
        int start = noun;
        while (start - 1 >= s.firstToken() && noun - start < 5) {
            int k = start - 1;
            String f = view.f(k);
            boolean hyphen = f.equals("-") && view.token(k - 1).isWord() && k - 1 >= s.firstToken();
            boolean and = f.equals("and") && start < noun && !view.token(start).isCapitalized() && view.token(k - 1).isWord()
                    && !view.token(k - 1).isCapitalized() && !NOT_MODIFIERS.contains(view.f(k - 1));
            boolean word = view.token(k).isWord() && !NOT_MODIFIERS.contains(f) && !f.endsWith("ed") && !AMOUNTS.contains(f)
                    && !(view.token(k).isCapitalized() && k == s.firstToken() && noun - k > 1);
            if (!hyphen && !word && !and) {
                break;
            }
            start = hyphen || and ? k - 1 : k;
        }
        while (start < noun && view.f(start).equals("-")) {
            start++;
        }
        return view.f(start).equals("anniversary") && view.token(start - 1).isNumber() ? start - 1 : start;
    }

    /** "seminar on waste-to-energy", "exhibition of sand sculptures", "talks between A and B". */
    private static boolean hasTopic(DocumentView view, Sentence s, int noun) {
        String next = view.f(noun + 1);
        return noun + 2 < s.endToken() && (next.equals("on") || next.equals("between") || next.equals("with") && view.f(noun).equals("talks")
                || next.equals("of") && !view.token(noun + 2).isNumber() && !view.f(noun + 2).equals("the"));
    }

    /** The end of a phrase starting at {@code from}: before a comma, a date or a new clause. */
    private static int phraseEnd(DocumentView view, Sentence s, int from) {
        int end = from;
        while (end < s.endToken() && end - from < MAX_TOPIC) {
            String f = view.f(end);
            if (!(view.token(end).isWord() || f.equals("-") || f.equals("'s")) || PHRASE_ENDS.contains(f) && end > from && !view.f(end - 1).equals("-")) {
                break;
            }
            end++;
        }
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() < end && end < m.endToken()) {
                end = m.endToken();
            }
        }
        return end;
    }
}
