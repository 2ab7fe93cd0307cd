package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/**
 * The parties of a signing: "between A and B", the subject of the signing verb ("A and B
 * signed", walking back over "and", commas, articles and people), "A concluded ... with B", or
 * the two actors before the verb when there are exactly two.
 */
final class AgreementParties {

    private static final Set<String> GAP = Words.of("and", ",", "the", "of", "'s", "from", "both", "mayors", "officials",
            "leaders", "representatives", "heads", "governors", "two", "municipal", "provincial", "city", "local",
            "governments", "sides", "also", "formally", "officially", "today", "yesterday", "jointly", "based", "-",
            "retailer", "company", "firm", "group", "operator", "importer", "exporter", "maker", "manufacturer", "then", "hall",
            "his", "her", "their", "counterpart", "counterparts", "however");
    /** "has signed", "had signed", "did, however, conclude": words between a subject and its verb. */
    private static final Set<String> AUXILIARIES = Words.of("has", "have", "had", "did");
    private static final Set<String> WEEKDAYS = Words.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** "X said it had signed": the pronoun stands for the one who said so. */
    private static final Set<String> PRONOUNS = Words.of("it", "they");
    /**
     * "signed an MOU, which is our first with the U.S.": a "with" inside a relative clause, or after a comma once
     * the subject named both parties, names no partner.
     */
    private static final Set<String> RELATIVES = Words.of("which", "who");
    private static final Set<String> REPORTING = Words.of("said", "says", "announced", "added", "stated", "confirmed");

    private AgreementParties() {
    }

    static List<DocumentView.Actor> of(DocumentView view, Sentence s, int noun, int end, int verb) {
        List<DocumentView.Actor> all = view.actors(s);
        List<DocumentView.Actor> joined = CoordinatedParties.between(view, s, all, end);
        if (joined.size() >= 2) {
            return joined;
        }
        int between = view.find(s, end, Set.of("between"));
        if (between >= 0 && between - end < 6) {
            List<DocumentView.Actor> pair = listAfter(view, s, all, between + 1);
            if (pair.size() >= 2) {
                return pair;
            }
        }
        List<DocumentView.Actor> parties = new ArrayList<>();
        int anchor = Math.min(verb < 0 ? noun : verb, noun);
        if (verb >= 0 && verb < noun) {
            DocumentView.Actor elided = elidedSubject(view, s, all, verb);
            List<DocumentView.Actor> coordinated = CoordinatedParties.subjectOf(view, s, all, verb);
            if (elided != null) {
                parties.add(elided);
            } else if (coordinated.size() >= 2) {
                parties.addAll(coordinated);
            } else {
                parties.addAll(subject(view, s, all, verb));
            }
        }
        int with = view.find(s, end, Set.of("with"));
        int relative = view.find(s, end, RELATIVES);
        int comma = view.find(s, end, Set.of(","));
        boolean aside = relative >= 0 && relative < with || parties.size() >= 2 && comma >= 0 && comma < with;
        if (with >= 0 && with - end < 10 && !aside) {
            List<DocumentView.Actor> partners = CoordinatedParties.after(view, s, all, "with", with, 1);
            parties.addAll(partners.isEmpty() ? listAfter(view, s, all, with + 1) : partners);
        }
        if (parties.size() < 2 && verb > noun && view.f(verb + 1).equals("by")) {
            // "a sister-city agreement was signed by Sapporo and Yangon": the bodies after the passive's "by"
            List<DocumentView.Actor> agents = CoordinatedParties.after(view, s, all, "by", verb + 1, 1);
            agents = agents.size() >= 2 ? agents : listAfter(view, s, all, verb + 2);
            if (agents.size() >= 2 && agents.stream().anyMatch(all::contains)) {
                // at least one known place or body, so that two unknown people are not taken for parties
                return agents;
            }
        }
        if (parties.size() < 2 && verb > noun) {
            parties.addAll(subject(view, s, all, noun - 1));
        }
        if (parties.size() < 2) {
            List<DocumentView.Actor> before = new ArrayList<>();
            for (DocumentView.Actor a : all) {
                if (a.firstToken() < anchor && !a.isCountry() && !parties.contains(a)
                        && before.stream().noneMatch(b -> Names.same(b.ref().name(), a.ref().name()))) {
                    before.add(a);
                }
            }
            if (parties.size() + before.size() == 2) {
                parties.addAll(before);
            }
        }
        return parties;
    }

    /**
     * "A has ties with X (1992), Y (2005), and signed a partnership with B": the verb continues a list of
     * what A did, so A signed, not the last partner listed before the verb. Null when the verb has a
     * subject of its own.
     */
    private static DocumentView.Actor elidedSubject(DocumentView view, Sentence s, List<DocumentView.Actor> all, int verb) {
        int i = verb - 1;
        if (view.f(i).equals("and")) {
            i--;
        }
        if (!view.f(i).equals(",") || !view.f(i - 1).equals(")") || !isYear(view.f(i - 2))) {
            // "Japan Trade Agency (JTA), signed": a bracketed acronym ends the subject's name, not a list of dated ties
            return null;
        }
        for (DocumentView.Actor a : all) {
            if (a.firstToken() < verb && !a.isCountry()) {
                return a;
            }
        }
        return null;
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(3));
    }

    /** Actors just before the verb, walking back over "and", commas, articles and people. */
    private static List<DocumentView.Actor> subject(DocumentView view, Sentence s, List<DocumentView.Actor> all, int verb) {
        return subject(view, s, all, verb, new ArrayList<>());
    }

    static List<DocumentView.Actor> subject(DocumentView view, Sentence s, List<DocumentView.Actor> all, int verb,
            List<Mention> people) {
        List<DocumentView.Actor> found = new ArrayList<>();
        int i = verb - 1;
        while (i >= s.firstToken()) {
            DocumentView.Actor at = null;
            for (DocumentView.Actor a : all) {
                if (a.endToken() == i + 1) {
                    at = a;
                }
            }
            if (at != null) {
                for (DocumentView.Actor a : all) {
                    if (a.endToken() == i + 1 && !a.isCountry()) {
                        found.add(0, a);
                    }
                }
                i = at.firstToken() - 1;
                continue;
            }
            Mention m = view.mentionEndingAt(s, i + 1, any -> true);
            if (m != null && m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && i + 1 < verb
                    && (view.f(i + 1).equals("and") || !found.isEmpty() || titleAt(view, s, i + 1))) {
                // "... and Siam Fresh Gallery Chief Executive Officer X signed": a name owning a title is a party
                found.add(0, new DocumentView.Actor(m.firstToken(), m.endToken(), m.withType(Mention.Type.ORGANISATION, m.name()),
                        new EntityRef(m.name(), EntityType.ORGANISATION, m.span()),
                        false));
                i = m.firstToken() - 1;
                continue;
            }
            if (view.f(i).equals(")")) {
                int open = i;
                while (open > s.firstToken() && !view.f(open).equals("(")) {
                    open--;
                }
                final int o = open;
                final int close = i;
                found.removeIf(a -> a.firstToken() > o && a.endToken() <= close + 1);
                i = open - 1;
                continue;
            }
            if (m != null && (m.is(Mention.Type.PERSON) || m.is(Mention.Type.TITLE))) {
                if (m.is(Mention.Type.PERSON)) {
                    people.add(m);
                }
                i = m.firstToken() - 1;
                continue;
            }
            if (view.f(i + 1).equals("-") && view.f(i + 2).equals("based")) {
                i--;
                continue;
            }
            DateMention date = dateEndingAt(view, s, i + 1);
            int dateStart = date != null ? date.firstToken() : WEEKDAYS.contains(view.f(i)) ? i : -1;
            if (dateStart >= 0 && view.f(dateStart - 1).equals("on") && view.token(dateStart - 1).isCapitalized()) {
                // "Boston - On May 2, 2016, the agency signed": the date opens the clause, what stands before is a dateline
                break;
            }
            if (dateStart >= 0) {
                // "the chamber on Wednesday said that it signed": a date, resolved or not, between subject and verb
                i = view.f(dateStart - 1).equals("on") ? dateStart - 2 : dateStart - 1;
                continue;
            }
            if (found.isEmpty() && people.isEmpty() && AUXILIARIES.contains(view.f(i))) {
                i--;
                continue;
            }
            int reporting = view.f(i - 1).equals("that") ? i - 2 : i - 1;
            if (found.isEmpty() && PRONOUNS.contains(view.f(i)) && REPORTING.contains(view.f(reporting))) {
                i = reporting - 1;
                continue;
            }
            if (GAP.contains(view.f(i)) || view.f(i).equals("to") && (!found.isEmpty() || !people.isEmpty())) {
                i--;
                continue;
            }
            break;
        }
        return found;
    }

    private static boolean titleAt(DocumentView view, Sentence s, int token) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() == token && m.is(Mention.Type.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** An untyped name of several words at {@code first}, or of one word when it closes a pair ("Pune and Osnabrueck"). */
    private static Mention otherNameAt(DocumentView view, Sentence s, int first, boolean closesPair) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() == first && m.is(Mention.Type.OTHER) && (m.endToken() - m.firstToken() >= 2 || closesPair)) {
                return m;
            }
        }
        return null;
    }

    private static DateMention dateEndingAt(DocumentView view, Sentence s, int end) {
        for (DateMention d : view.datesIn(s)) {
            if (d.endToken() == end) {
                return d;
            }
        }
        return null;
    }


    /** "with the A (A) and the B (B), two agencies" and "with three Japanese firms - X, Y and Z -". */
    private static List<DocumentView.Actor> listAfter(DocumentView view, Sentence s, List<DocumentView.Actor> all, int from) {
        List<DocumentView.Actor> found = new ArrayList<>();
        int i = from;
        while (i < s.endToken()) {
            DocumentView.Actor at = null;
            for (DocumentView.Actor a : all) {
                if (a.firstToken() == i) {
                    at = a;
                }
            }
            if (at != null) {
                if (!at.mention().is(Mention.Type.GROUP)) {
                    found.add(at);
                }
                i = at.endToken();
                continue;
            }
            Mention named = otherNameAt(view, s, i, found.size() == 1 && view.f(i - 1).equals("and"));
            if (named != null) {
                // "with the Port of Bilbao": a name of several words after "with" is a party, whatever its shape
                found.add(new DocumentView.Actor(named.firstToken(), named.endToken(),
                        named.withType(Mention.Type.ORGANISATION, named.name()),
                        new EntityRef(named.name(), EntityType.ORGANISATION, named.span()), false));
                i = named.endToken();
                continue;
            }
            String f = view.f(i);
            if (f.equals("(") && i + 2 < s.endToken() && view.f(i + 2).equals(")")) {
                i += 3;
                continue;
            }
            if (view.f(i + 1).equals("-") && view.f(i + 2).equals("based")) {
                i += 3;
                continue;
            }
            if (f.equals("and") || f.equals(",") || f.equals("the") || f.equals("-") || f.equals("—")
                    || f.matches("two|three|four|five|several") || !found.isEmpty() == false && !view.token(i).isCapitalized()
                    && i - from < 3) {
                if ((f.equals(",") || f.equals("-")) && !found.isEmpty() && i + 1 < s.endToken()
                        && !view.token(i + 1).isCapitalized() && !view.f(i + 1).equals("and") && !view.f(i + 1).equals("the")) {
                    break;
                }
                i++;
                continue;
            }
            break;
        }
        return found;
    }
}
