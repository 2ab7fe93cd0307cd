package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.EventKind;

/**
 * Where an occasion takes place: where a trip goes ("a visit to Gangwon State", "will visit a farm
 * in Tokachi"), else the first place or venue after "in" or "at" that follows its word ("held in Can
 * Tho city", "at INTEX Osaka", "at a hotel in central Bangkok", "in the city's Benowo district").
 */
final class EventPlaces {

    private static final Set<String> TRIP_NOUNS = Words.of("visit", "trip", "tour", "mission", "delegation", "delegations");
    private static final int PLURAL_PLACE_REACH = 12;
    private static final Set<String> LIST_JOINS = Words.of("and", ",", "&");
    private static final Set<String> VISIT_VERBS = Words.of("visit", "visits", "visited", "visiting", "tour", "tours", "toured");

    private EventPlaces() {
    }

    static Optional<EntityRef> of(DocumentView view, Sentence s, int trigger, EventKind kind) {
        if (kind == EventKind.VISIT) {
            Optional<EntityRef> destination = destination(view, s);
            if (destination.isPresent()) {
                return destination;
            }
        }
        return around(view, s, trigger);
    }

    /** "a visit to Gangwon State", "a delegation to Liaoning", "will visit Toyota City", "visit a dairy farm in Tokachi". */
    static Optional<EntityRef> destination(DocumentView view, Sentence s) {
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            boolean noun = TRIP_NOUNS.contains(view.f(i)) && view.f(i + 1).equals("to");
            if (noun || VISIT_VERBS.contains(view.f(i)) && !view.f(i + 1).equals("to")) {
                int from = noun ? i + 2 : i + 1;
                for (DocumentView.Actor a : view.actors(s)) {
                    if (a.firstToken() >= from && a.firstToken() - from <= (noun ? 1 : 5) && !a.viaReference()
                            && !a.mention().is(Mention.Type.GROUP) && plainWordsBetween(view, from, a.firstToken())) {
                        return Optional.of(a.ref());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "two conferences held in Tokyo and Osaka": the places an occasion named in the plural took place in, one each,
     * when "in" lists two or more of them within a few words of its noun; else none.
     */
    static List<EntityRef> eachIn(DocumentView view, Sentence s, int trigger) {
        int in = -1;
        for (int k = trigger + 1; k < Math.min(s.endToken(), trigger + PLURAL_PLACE_REACH) && in < 0; k++) {
            in = view.f(k).equals("in") ? k : -1;
        }
        List<EntityRef> places = new ArrayList<>();
        int next = in + 1;
        for (DocumentView.Actor a : view.actors(s)) {
            if (in < 0 || a.firstToken() < next) {
                continue;
            }
            if (a.firstToken() > next + 1 || !a.mention().is(Mention.Type.PLACE) || a.firstToken() == next + 1
                    && !LIST_JOINS.contains(view.f(next))) {
                break;
            }
            Names.addUnlessNamed(places, a.ref());
            next = a.endToken();
        }
        return places.size() >= 2 ? places : List.of();
    }

    /** Lower-case words only: "a dairy farm in", "the"; a name or a comma ends the look. */
    private static boolean plainWordsBetween(DocumentView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!view.token(k).isWord() || view.token(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first place, body or venue after the trigger that "in" or "at" introduces, else one that "at" (or a
     * sentence's opening "In") introduces before it: "On July 18, at the Administration Center of the province, the
     * secretary received ...".
     */
    static Optional<EntityRef> around(DocumentView view, Sentence s, int trigger) {
        return after(view, s, trigger).or(() -> before(view, s, trigger));
    }

    private static Optional<EntityRef> before(DocumentView view, Sentence s, int trigger) {
        Optional<EntityRef> out = Optional.empty();
        for (Mention m : view.mentionsIn(s)) {
            if (m.endToken() > trigger) {
                break;
            }
            if (!placeOrVenue(view, m)) {
                continue;
            }
            int before = m.firstToken() - 1;
            while (before > s.firstToken() && view.f(before).equals("the")) {
                before--;
            }
            if (view.f(before).equals("at") || before == s.firstToken() && view.f(before).equals("in")) {
                out = Optional.of(view.ref(m));
            }
        }
        return out;
    }

    private static boolean placeOrVenue(DocumentView view, Mention m) {
        return (m.isActor() || m.is(Mention.Type.OTHER)) && !m.is(Mention.Type.GROUP) && !view.inDateline(m)
                && !DocumentView.isGenericBody(m);
    }

    /** The first place, body or venue after the trigger that "in" or "at" introduces. */
    static Optional<EntityRef> after(DocumentView view, Sentence s, int trigger) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= trigger || !placeOrVenue(view, m)) {
                continue;
            }
            int before = m.firstToken() - 1;
            while (before > trigger && (view.f(before).equals("the") || view.f(before).equals("'s"))) {
                before -= view.f(before).equals("'s") ? 2 : 1;
            }
            if (view.f(before).equals("in") || view.f(before).equals("at")) {
                return Optional.of(view.ref(m));
            }
        }
        return Optional.empty();
    }
}
