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
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Role;

/**
 * Who holds an occasion: the bodies after "organised by" or "co-hosted by", the subject of "X and
 * Y co-hosted the forum" or "the fair, which X organised" (with the partner after "with"), whoever
 * opened what an opening is about, and the body that sends a delegation ("a Busan delegation", "a
 * delegation from Busan", "led by the Deputy Mayor of Busan").
 */
final class EventHosts {

    /** Verbs of holding an occasion; "co-hosted" is read as its last word. */
    private static final Set<String> HOLDS = Words.of("hosted", "host", "hosts", "hosting", "held", "hold", "holds", "holding",
            "organised", "organized", "organise", "organize", "organises", "organizes", "organising", "organizing", "staged",
            "stage", "stages", "convened", "sponsored", "opened", "launched", "opens", "launches", "open", "launch");
    private static final Set<String> DELEGATIONS = Words.of("delegation", "delegations", "mission");
    /** Words that may stand between a subject and its verb: "will jointly host", "has co-organised". */
    private static final Set<String> AUXILIARIES = Words.of("will", "would", "has", "have", "had", "also", "jointly", "is", "are",
            "was", "were", "to", "-", "co", "recently", "successfully", "officially", "been", "today", "yesterday", "once",
            "again", "together", "formally");
    /** Words that join the bodies of a list: "JETRO and the Chamber", "A, B and C". */
    private static final Set<String> JOINS = Words.of("and", ",", "the", "&", "branch", "office");
    /** Words that cannot stand between a body and the delegation it sends ("Kanazawa, who is in Hue with a delegation"). */
    private static final Set<String> NOT_BETWEEN = Words.of("with", "a", "an", "the", "of", "in", "to", "at", "by", "from", "for",
            "on", "lead", "leads", "led", "who", "is", "was");
    private static final Set<String> LEADS = Words.of("leading", "leads", "lead", "led", "heading", "heads", "headed");

    private EventHosts() {
    }

    /** The organisers of the occasion named at {@code trigger}, in text order. */
    static List<EntityRef> of(DocumentView view, Sentence s, int trigger, EventKind kind, List<Fact> roles) {
        List<EntityRef> out = new ArrayList<>(byPhrase(view, s, trigger));
        if (out.isEmpty()) {
            out.addAll(subjectOfHolding(view, s, trigger));
        }
        if (out.isEmpty() && heldByADelegation(view, s, trigger)) {
            sender(view, s, trigger, roles).ifPresent(out::add);
        }
        if (out.isEmpty() && kind == EventKind.VISIT) {
            sender(view, s, trigger, roles).ifPresent(out::add);
        }
        return out;
    }

    /** "organised by the Department of Tourism", "co-hosted by JETRO and the Chamber". */
    private static List<EntityRef> byPhrase(DocumentView view, Sentence s, int trigger) {
        for (int k = trigger + 1; k + 1 < s.endToken() && k < trigger + 20; k++) {
            if (HOLDS.contains(view.f(k)) && view.f(k + 1).equals("by")) {
                return listFrom(view, s, k + 2);
            }
        }
        return List.of();
    }

    /** The bodies of a list starting at token {@code from}. */
    private static List<EntityRef> listFrom(DocumentView view, Sentence s, int from) {
        List<EntityRef> out = new ArrayList<>();
        int next = from;
        for (DocumentView.Actor a : view.actors(s)) {
            if (a.firstToken() < next || a.isCountry() || a.mention().is(Mention.Type.GROUP)) {
                continue;
            }
            if (!onlyJoins(view, next, a.firstToken())) {
                break;
            }
            Names.addUnlessNamed(out, a.ref());
            next = a.endToken();
            while (next < s.endToken() && (view.f(next).equals("(") || view.f(next).equals(")") || view.token(next).isAcronym())) {
                next++;
            }
        }
        return out;
    }

    /**
     * "KOTRA opened the Korea Consumer Goods Fair", "X and Y will co-host the forum", "the forum, which X
     * and Y co-hosted", "X co-hosted the seminar with Y".
     */
    private static List<EntityRef> subjectOfHolding(DocumentView view, Sentence s, int trigger) {
        List<EntityRef> out = new ArrayList<>();
        for (int verb = HOLDS.contains(view.f(trigger)) ? trigger : trigger - 1; verb >= Math.max(s.firstToken(), trigger - 8);
                verb--) {
            if (HOLDS.contains(view.f(verb))) {
                out.addAll(subjectBefore(view, s, verb));
                break;
            }
            if (!view.token(verb).isWord() && !view.token(verb).isNumber() && !view.f(verb).equals("-")) {
                break;
            }
        }
        if (out.isEmpty()) {
            for (int k = trigger + 1; k + 1 < s.endToken() && k < trigger + 12; k++) {
                if (view.f(k).equals("which") || view.f(k).equals("that")) {
                    List<EntityRef> subject = listFrom(view, s, k + 1);
                    int verb = view.find(s, k + 1, HOLDS);
                    if (!subject.isEmpty() && verb > k && verb - k < 16) {
                        out.addAll(subject);
                    }
                    break;
                }
            }
        }
        if (!out.isEmpty()) {
            int with = view.find(s, trigger + 1, Set.of("with"));
            if (with > trigger && with - trigger <= 8) {
                for (EntityRef partner : listFrom(view, s, with + 1)) {
                    Names.addUnlessNamed(out, partner);
                }
            }
        }
        return out;
    }

    /** "A Jeonju delegation held a promotion meeting": the delegation's sender holds it. */
    private static boolean heldByADelegation(DocumentView view, Sentence s, int trigger) {
        int verb = -1;
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 8) && verb < 0; k--) {
            verb = HOLDS.contains(view.f(k)) ? k : -1;
        }
        return verb > s.firstToken() && DELEGATIONS.contains(view.f(verb - 1));
    }

    /** The bodies that are the subject of the verb at {@code verb}, in text order. */
    static List<EntityRef> subjectBefore(DocumentView view, Sentence s, int verb) {
        int end = verb;
        while (end > s.firstToken() && AUXILIARIES.contains(view.f(end - 1))) {
            end--;
        }
        List<DocumentView.Actor> actors = view.actors(s);
        List<EntityRef> out = new ArrayList<>();
        for (int k = actors.size() - 1; k >= 0; k--) {
            DocumentView.Actor a = actors.get(k);
            if (a.endToken() > end) {
                continue;
            }
            if (!onlyJoins(view, a.endToken(), end) || a.isCountry() || a.mention().is(Mention.Type.GROUP)) {
                break;
            }
            out.add(0, a.ref());
            end = a.firstToken();
        }
        return out;
    }

    /** Nothing but list words and a bracketed acronym between two tokens. */
    private static boolean onlyJoins(DocumentView view, int from, int to) {
        for (int k = from; k < to; k++) {
            String f = view.f(k);
            if (!JOINS.contains(f) && !f.equals("(") && !f.equals(")") && !view.token(k).isAcronym()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body that sends a delegation: "a Busan delegation", "a Busan economic and trade delegation",
     * "a delegation from the Japanese city of Busan", or the body of the official who leads it.
     */
    static Optional<EntityRef> sender(DocumentView view, Sentence s, int trigger, List<Fact> roles) {
        int delegation = view.find(s, s.firstToken(), DELEGATIONS);
        if (delegation >= 0) {
            if (view.f(delegation + 1).equals("from")) {
                Optional<EntityRef> from = firstBodyAfter(view, s, delegation + 2, 8);
                if (from.isPresent()) {
                    return from;
                }
            }
            for (Mention m : view.mentionsIn(s)) {
                // a name before "delegation" reads as its apposition, so mentions are looked at rather than actors
                if (m.endToken() <= delegation && delegation - m.endToken() <= 4 && (m.is(Mention.Type.ORGANISATION)
                        || m.is(Mention.Type.PLACE) && !m.isCountry()) && lowerCaseBetween(view, m.endToken(), delegation)) {
                    return Optional.of(view.ref(m));
                }
            }
        }
        Mention leader = leader(view, s, trigger);
        // the place of a dateline ("TOKYO —") tells where the story is filed from, not whom its leader serves
        return leader == null ? Optional.empty() : organisationOf(leader, roles).filter(org -> view.datelinePlace()
                .map(place -> !place.name().equalsIgnoreCase(org.name())).orElse(true));
    }

    private static Optional<EntityRef> firstBodyAfter(DocumentView view, Sentence s, int from, int within) {
        for (DocumentView.Actor a : view.actors(s)) {
            if (a.firstToken() >= from && a.firstToken() < from + within && !a.isCountry() && !a.mention().is(Mention.Type.GROUP)) {
                return Optional.of(a.ref());
            }
        }
        return Optional.empty();
    }

    private static boolean lowerCaseBetween(DocumentView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (view.token(k).isCapitalized() || !(view.token(k).isWord() || view.f(k).equals("-"))
                    || NOT_BETWEEN.contains(view.f(k))) {
                return false;
            }
        }
        return true;
    }

    /** The person who leads the trip: after "led by", before "who is leading", or the one who arrives or visits. */
    private static Mention leader(DocumentView view, Sentence s, int trigger) {
        int lead = view.find(s, s.firstToken(), LEADS);
        Mention before = null;
        Mention after = null;
        for (Mention m : view.mentionsIn(s)) {
            if (!m.is(Mention.Type.PERSON)) {
                continue;
            }
            int pivot = lead >= 0 ? lead : trigger;
            if (m.endToken() <= pivot) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        if (lead >= 0 && view.f(lead).equals("led") && view.f(lead + 1).equals("by")) {
            return after;
        }
        return before;
    }

    /** The organisation or place a person's title belongs to, as the roles read it. */
    static Optional<EntityRef> organisationOf(Mention person, List<Fact> roles) {
        for (Fact f : roles) {
            Role r = (Role) f;
            if (r.person().name().equals(person.name()) && r.org().isPresent()) {
                return r.org();
            }
        }
        return Optional.empty();
    }

    /**
     * The two sides of talks: the places and bodies of the sentence and of its people's titles, in
     * text order, then the article's main places.
     */
    static List<EntityRef> sides(DocumentView view, Sentence s, List<Fact> roles) {
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PERSON)) {
                organisationOf(m, roles).ifPresent(org -> Names.addUnlessNamed(out, org));
            } else if (m.isActor() && !m.isCountry() && !m.is(Mention.Type.GROUP) && !view.inDateline(m)
                    && !DocumentView.isGenericBody(m)) {
                Names.addUnlessNamed(out, view.ref(m));
            }
        }
        for (Mention m : view.salientPlaces()) {
            if (out.size() >= 2) {
                break;
            }
            Names.addUnlessNamed(out, view.ref(m));
        }
        return out;
    }
}
