package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.time.PartialDate;

/**
 * Finds signed documents in a sentence: an agreement noun ("memorandum of understanding", "MOC",
 * "partner city agreement", "letter of intent", "supply contract") with a signing verb, its
 * parties ("A and B signed", "A concluded ... with B", "between A and B"), signatories, date and
 * whether the signing is asserted, hoped for or denied.
 */
final class AgreementReader {

    record Candidate(Sentence sentence, int trigger, int triggerEnd, int verb, AgreementKind kind, List<EntityRef> parties,
            List<EntityRef> signatories, PartialDate date, List<String> fields, Hedges.Status status, boolean plural,
            boolean viaReference, boolean definite) {
    }

    private static final Set<String> NOUNS = Set.of("memorandum", "mou", "moc", "agreement", "agreements", "pact",
            "protocol", "contract", "accord", "loi", "mous");
    private static final Set<String> VERBS = Set.of("sign", "signed", "signs", "signing", "concluded", "concludes",
            "conclude", "exchanged", "exchanges", "exchange", "inked", "inks", "sealed", "seals");
    private static final Set<String> GAP = Set.of("and", ",", "the", "of", "'s", "from", "both", "mayors", "officials",
            "leaders", "representatives", "heads", "governors", "two", "municipal", "provincial", "city", "local",
            "governments", "sides", "also", "formally", "officially", "today", "yesterday", "jointly", "based", "-",
            "retailer", "company", "firm", "group", "operator", "importer", "exporter", "maker", "manufacturer", "then");

    private AgreementReader() {
    }

    static List<Candidate> read(DocumentView view, Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int verb = view.find(s, s.firstToken(), VERBS);
        if (verb < 0) {
            return out;
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String f = view.f(i);
            boolean letter = f.equals("letter") && i + 2 < s.endToken() && view.f(i + 1).equals("of") && view.f(i + 2).equals("intent");
            if (!NOUNS.contains(f) && !letter || f.equals("agreement") && i > 0 && view.f(i - 1).equals("framework")) {
                continue;
            }
            if (f.equals("exchange") || insideName(view, s, i) || i > s.firstToken() && view.f(i - 1).equals("(")
                    || !out.isEmpty() && i - out.get(out.size() - 1).triggerEnd() < 4) {
                continue;
            }
            int end = letter ? i + 3 : f.equals("memorandum") && i + 2 < s.endToken() && view.f(i + 1).equals("of") ? i + 3 : i + 1;
            AgreementKind kind = kind(view, s, i, end, letter);
            int v = nearestVerb(view, s, i);
            Hedges.Status status = Hedges.of(view, s, v, 8);
            List<DocumentView.Actor> parties = parties(view, s, i, end, v);
            boolean viaReference = parties.stream().anyMatch(DocumentView.Actor::viaReference);
            List<EntityRef> refs = new ArrayList<>();
            for (DocumentView.Actor a : parties) {
                if (refs.stream().noneMatch(r -> sameName(r.name(), a.ref().name()))) {
                    refs.add(a.ref());
                }
            }
            DateMention date = view.nearestDate(s, v);
            PartialDate when = date != null && date.resolved() ? date.date() : view.storyDateBefore(s);
            if (when == null && view.holdsDateline(s)) {
                // the lede of a dated story reports what happened on its date
                when = view.documentDate.orElse(null);
            }
            out.add(new Candidate(s, i, end, v, kind, refs, signatories(view, s, v, parties), when, fields(view, s, end),
                    status, f.endsWith("s") && !f.equals("mous") ? true : f.equals("mous"), viaReference,
                    definite(view, s, i)));
            i = end;
        }
        return out;
    }

    /** "signed the agreement", "signed the MOU": the document named before, not a new one. */
    private static boolean definite(DocumentView view, Sentence s, int noun) {
        for (int i = noun - 1; i >= Math.max(s.firstToken(), noun - 3); i--) {
            String f = view.f(i);
            if (f.equals("the") || f.equals("this")) {
                return i > s.firstToken() && VERBS.contains(view.f(i - 1));
            }
            if (f.equals("a") || f.equals("an") || VERBS.contains(f)) {
                return false;
            }
        }
        return false;
    }

    /** "A and B signed the document": the people named just before a signing verb. */
    static List<EntityRef> peopleSigning(DocumentView view, Sentence s) {
        List<EntityRef> out = new ArrayList<>();
        int verb = view.find(s, s.firstToken(), VERBS);
        if (verb < 0) {
            return out;
        }
        List<Mention> people = new ArrayList<>();
        subject(view, s, view.actors(s), verb, people);
        for (Mention m : people) {
            if (m.endToken() - m.firstToken() >= 2) {
                out.add(0, view.ref(m));
            }
        }
        int by = view.find(s, verb, Set.of("by"));
        if (by >= 0 && by - verb < 8) {
            for (Mention m : view.mentionsIn(s)) {
                if (m.is(Mention.Type.PERSON) && m.firstToken() > by && m.endToken() - m.firstToken() >= 2) {
                    out.add(view.ref(m));
                }
            }
        }
        return out;
    }

    static boolean sameName(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static boolean insideName(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= i && i < m.endToken() && !m.is(Mention.Type.TITLE)) {
                return true;
            }
        }
        return false;
    }

    private static int nearestVerb(DocumentView view, Sentence s, int noun) {
        int best = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (VERBS.contains(view.f(i)) && (best < 0 || Math.abs(i - noun) < Math.abs(best - noun))) {
                best = i;
            }
        }
        return best;
    }

    private static AgreementKind kind(DocumentView view, Sentence s, int noun, int end, boolean letter) {
        String f = view.f(noun);
        if (f.equals("memorandum") || f.equals("mou") || f.equals("moc") || f.equals("mous")) {
            return AgreementKind.MOU;
        }
        if (letter || f.equals("contract") || f.equals("loi")) {
            return AgreementKind.OTHER;
        }
        for (int i = Math.max(s.firstToken(), noun - 4); i < Math.min(s.endToken(), end + 4); i++) {
            String w = view.f(i);
            if (w.equals("friendship") || w.equals("friendly") || w.equals("sister") || w.equals("partner")
                    || w.equals("twin") || w.equals("twinning")) {
                return AgreementKind.FRIENDSHIP_AGREEMENT;
            }
        }
        return AgreementKind.COOPERATION_AGREEMENT;
    }

    private static List<DocumentView.Actor> parties(DocumentView view, Sentence s, int noun, int end, int verb) {
        List<DocumentView.Actor> all = view.actors(s);
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
            parties.addAll(subject(view, s, all, verb));
        }
        int with = view.find(s, end, Set.of("with"));
        if (with >= 0 && with - end < 10) {
            parties.addAll(listAfter(view, s, all, with + 1));
        }
        if (parties.size() < 2 && verb > noun) {
            parties.addAll(subject(view, s, all, noun - 1));
        }
        if (parties.size() < 2) {
            List<DocumentView.Actor> before = new ArrayList<>();
            for (DocumentView.Actor a : all) {
                if (a.firstToken() < anchor && !a.isCountry() && !parties.contains(a)
                        && before.stream().noneMatch(b -> sameName(b.ref().name(), a.ref().name()))) {
                    before.add(a);
                }
            }
            if (parties.size() + before.size() == 2) {
                parties.addAll(before);
            }
        }
        return parties;
    }

    /** Actors just before the verb, walking back over "and", commas, articles and people. */
    private static List<DocumentView.Actor> subject(DocumentView view, Sentence s, List<DocumentView.Actor> all, int verb) {
        return subject(view, s, all, verb, new ArrayList<>());
    }

    private static List<DocumentView.Actor> subject(DocumentView view, Sentence s, List<DocumentView.Actor> all, int verb,
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
            Mention m = mentionEndingAt(view, s, i + 1);
            if (m != null && m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && i + 1 < verb
                    && (view.f(i + 1).equals("and") || !found.isEmpty())) {
                found.add(0, new DocumentView.Actor(m.firstToken(), m.endToken(), m.withType(Mention.Type.ORGANISATION, m.name()),
                        new org.tsunagu.model.entity.EntityRef(m.name(), org.tsunagu.model.entity.EntityType.ORGANISATION, m.span()),
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
            if (GAP.contains(view.f(i)) || view.f(i).equals("to") && (!found.isEmpty() || !people.isEmpty())) {
                i--;
                continue;
            }
            break;
        }
        return found;
    }

    private static Mention mentionEndingAt(DocumentView view, Sentence s, int end) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.endToken() == end) {
                return m;
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

    private static List<EntityRef> signatories(DocumentView view, Sentence s, int verb, List<DocumentView.Actor> parties) {
        List<EntityRef> out = new ArrayList<>();
        if (verb < 0) {
            return out;
        }
        int from = -1;
        for (int v = s.firstToken(); v < s.endToken() && from < 0; v++) {
            if (VERBS.contains(view.f(v))) {
                int by = view.find(s, v, Set.of("by"));
                from = by >= 0 && by - v < 8 ? by : -1;
            }
        }
        List<Mention> subjectPeople = new ArrayList<>();
        subject(view, s, view.actors(s), verb, subjectPeople);
        for (Mention m : view.mentionsIn(s)) {
            if (!m.is(Mention.Type.PERSON) || m.endToken() - m.firstToken() < 2) {
                continue;
            }
            if (from >= 0 && m.firstToken() > from || subjectPeople.contains(m)) {
                out.add(view.ref(m));
            }
        }
        return out;
    }

    private static List<String> fields(DocumentView view, Sentence s, int end) {
        List<String> out = new ArrayList<>();
        int i = end;
        while (i < s.endToken() && (view.f(i).equals("(") || view.f(i).equals(")") || view.token(i).isAcronym())) {
            i++;
        }
        if (i >= s.endToken() || !(view.f(i).equals("on") || view.f(i).equals("for"))) {
            return out;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = i + 1; k < s.endToken(); k++) {
            String f = view.f(k);
            if (f.equals(",") || f.equals("and") || f.equals(".") || f.equals(";") || f.equals("with") || f.equals("between")
                    || f.equals("at") || f.equals("which") || f.equals("to") || view.token(k).isCapitalized()) {
                if (phrase.length() > 0) {
                    out.add(phrase.toString());
                    phrase.setLength(0);
                }
                if (!(f.equals(",") || f.equals("and"))) {
                    break;
                }
                continue;
            }
            if (!f.equals("the")) {
                phrase.append(phrase.length() > 0 ? " " : "").append(f);
            }
        }
        if (phrase.length() > 0) {
            out.add(phrase.toString());
        }
        return out;
    }
}
