package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.time.PartialDate;

/**
 * The pairs a tie phrase joins: a subject and a list of partners ("has ties with A (1992), B and
 * C"), "between A and B", "A and B became sister cities", "the two cities", "A has worked with
 * B", or, for "our two cities", the article's two most named places. Countries, groups, places
 * after "in" or "at" and names that qualify a title are not partners.
 */
final class TiePartners {

    /** Two partners and the year their tie began; {@code guessed} when taken from the article's salient places. */
    record Pair(EntityRef a, EntityRef b, PartialDate since, boolean guessed) {
    }

    private static final Set<String> APPOSITION_WORDS = Words.of("city", "town", "province", "prefecture", "region",
            "of", "capital", "port", "resort", "neighbouring", "neighboring");
    private static final Set<String> AUXILIARY_VERBS = Words.of("has", "have", "is", "are", "was", "were", "will", "had");
    private static final Set<String> CLAUSE_ENDS = Words.of("signed", "maintains", "maintained", "established", ";", "while", "but");
    private static final Set<String> SYMMETRIC_VERBS = Words.of("cooperated", "partnered");

    private TiePartners() {
    }

    static List<Pair> of(DocumentView view, Sentence s, int trigger, int end) {
        List<DocumentView.Actor> actors = new ArrayList<>();
        for (DocumentView.Actor a : view.actors(s)) {
            if (!a.isCountry() && !a.mention().is(Mention.Type.GROUP)) {
                actors.add(a);
            }
        }
        List<DocumentView.Actor> before = new ArrayList<>();
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() < trigger) {
                before.add(a);
            }
        }
        List<DocumentView.Actor> after = after(view, s, actors, before, trigger, end);
        PartialDate since = TieDates.since(view, s, trigger, end);
        if (after.size() >= 3 || after.size() >= 2 && TieDates.hasParenthesisedYears(view, s, end)) {
            return listed(view, s, before, after);
        }
        List<DocumentView.Actor> partners = CoordinatedParties.after(view, s, actors, "with", end, 2);
        if (partners.size() >= 2) {
            // "keeps sister ties with the U.S. states of A and B": one tie per partner
            return listed(view, s, before, partners);
        }
        int between = view.find(s, s.firstToken(), Set.of("between"));
        if (between >= end && between < end + 2 && unnamedSecondPartner(view, s, between)) {
            // "sister city cooperation between Port Elvin and several towns in Norway": one partner is not named
            return List.of();
        }
        Pair joined = between >= 0 && between > trigger - 8 && between < end + 8 ? pairAfter(view, s, actors, between, since)
                : null;
        if (joined != null) {
            return List.of(joined);
        }
        Pair signed = signedBefore(view, s, trigger, since);
        if (signed != null) {
            return List.of(signed);
        }
        List<Pair> pairs = new ArrayList<>();
        if (!before.isEmpty() && !after.isEmpty() && (view.f(trigger).equals("worked")
                || view.f(trigger).equals("cooperated")) && after.size() == 2
                && after.get(0).viaReference()) {
            for (DocumentView.Actor a : after) {
                pairs.add(new Pair(before.get(0).ref(), a.ref(), since, false));
            }
        } else if (referencePair(before, since) != null) {
            pairs.add(referencePair(before, since));
        } else if (conjoinedPair(view, before, since) != null) {
            pairs.add(conjoinedPair(view, before, since));
        } else if (!before.isEmpty() && !after.isEmpty()) {
            List<DocumentView.Actor> subjects = nonLocative(view, before);
            DocumentView.Actor subject = subjects.isEmpty() ? before.get(before.size() - 1) : subjects.get(subjects.size() - 1);
            if (elidedSubject(view, s, subject, trigger)) {
                subject = before.get(0);
            }
            pairs.add(new Pair(subject.ref(), after.get(0).ref(), since, false));
        } else if (nonLocative(view, before).size() >= 2) {
            List<DocumentView.Actor> subjects = nonLocative(view, before);
            pairs.add(new Pair(subjects.get(subjects.size() - 2).ref(), subjects.get(subjects.size() - 1).ref(), since, false));
        } else if (before.isEmpty() && after.isEmpty() && firstPersonPlural(view, s, trigger)) {
            List<Mention> salient = view.salientPlaces();
            if (salient.size() >= 2) {
                pairs.add(new Pair(place(salient.get(0)), place(salient.get(1)), since, true));
            }
        }
        return pairs;
    }

    /** The partners after the tie words in its clause; none after "cooperated" unless "with" follows. */
    private static List<DocumentView.Actor> after(DocumentView view, Sentence s, List<DocumentView.Actor> actors,
            List<DocumentView.Actor> before, int trigger, int end) {
        boolean symmetric = SYMMETRIC_VERBS.contains(view.f(trigger))
                || view.f(trigger).equals("worked") && view.f(trigger + 1).equals("together");
        if (symmetric && !view.f(end).equals("with")) {
            return List.of();
        }
        if (view.f(trigger).equals("sisterhood") && !view.f(end).equals("with") && !view.f(end).equals("between")) {
            // "their sisterhood's anniversary and the opening of X": the partners are before, not after
            return List.of();
        }
        int clauseEnd = s.endToken();
        for (int i = end; i < s.endToken(); i++) {
            if (CLAUSE_ENDS.contains(view.f(i))
                    || view.f(i).equals("and") && view.f(i - 1).equals(",") && verbAhead(view, s, i + 1)) {
                clauseEnd = i;
                break;
            }
        }
        List<DocumentView.Actor> after = new ArrayList<>();
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() >= trigger && a.firstToken() < clauseEnd && !locative(view, a) && !ownsTitle(view, s, a)
                    && before.stream().noneMatch(b -> Names.same(b.ref().name(), a.ref().name()))) {
                after.add(a);
            }
        }
        return after;
    }

    /** "A has sister-city ties with B (1992), C (1994) and D": the first name before with each listed one. */
    private static List<Pair> listed(DocumentView view, Sentence s, List<DocumentView.Actor> before,
            List<DocumentView.Actor> after) {
        if (before.isEmpty()) {
            return List.of();
        }
        List<Pair> pairs = new ArrayList<>();
        for (DocumentView.Actor a : after) {
            pairs.add(new Pair(before.get(0).ref(), a.ref(), TieDates.parenthesisedDate(view, s, a.endToken()), false));
        }
        return pairs;
    }

    /** "Pattaya Deputy Mayor X": a name that qualifies a title is not a partner. */
    private static boolean ownsTitle(DocumentView view, Sentence s, DocumentView.Actor a) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.TITLE) && m.firstToken() == a.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbAhead(DocumentView view, Sentence s, int from) {
        for (int i = from; i < Math.min(s.endToken(), from + 6); i++) {
            if (AUXILIARY_VERBS.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    /** "between A and the German city of B": the first two names of the list after "between", else of the clause. */
    private static Pair pairAfter(DocumentView view, Sentence s, List<DocumentView.Actor> actors, int between,
            PartialDate since) {
        List<DocumentView.Actor> listed = CoordinatedParties.after(view, s, actors, "between", between, 1);
        if (listed.size() >= 2) {
            return new Pair(listed.get(0).ref(), listed.get(1).ref(), since, false);
        }
        List<DocumentView.Actor> pair = new ArrayList<>();
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() > between && pair.size() < 2 && pair.stream().noneMatch(p -> p.ref().name().equals(a.ref().name()))) {
                pair.add(a);
            }
        }
        return pair.size() == 2 ? new Pair(pair.get(0).ref(), pair.get(1).ref(), since, false) : null;
    }

    /**
     * "A signed a memorandum with B and C, renewing a partnership that goes back to 1998": a tie
     * named after a signing in its sentence joins the signer and its first partner.
     */
    private static Pair signedBefore(DocumentView view, Sentence s, int trigger, PartialDate since) {
        for (AgreementReader.Candidate c : view.agreementsIn(s)) {
            if (c.triggerEnd() <= trigger && c.status() == Hedges.Status.ASSERTED && c.parties().size() >= 2
                    && !view.f(trigger - 1).equals("between")) {
                return new Pair(c.parties().get(0), c.parties().get(1), since, false);
            }
        }
        return null;
    }

    private static boolean unnamedSecondPartner(DocumentView view, Sentence s, int between) {
        return view.structure(s).attachment("between", between, 1).filter(a -> a.names().members().size() == 1)
                .map(a -> view.f(a.names().endToken()).equals("and") && !view.token(a.names().endToken() + 1).isCapitalized()
                        && !view.f(a.names().endToken() + 1).equals("the"))
                .orElse(false);
    }

    /** "A has ties with X (1992), Y (2005), and signed a partnership with B": B's partner is A, not Y. */
    private static boolean elidedSubject(DocumentView view, Sentence s, DocumentView.Actor nearest, int trigger) {
        if (view.f(nearest.endToken()).equals("(") && nearest.endToken() + 1 < trigger) {
            // "with Tokyo (2013), signed a friendship agreement with Fukuoka": Tokyo is a partner listed before
            return true;
        }
        for (int i = trigger - 1; i > nearest.endToken(); i--) {
            if (view.f(i).equals("and") && view.f(i - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "the two cities" before the tie words. */
    private static Pair referencePair(List<DocumentView.Actor> before, PartialDate since) {
        for (int i = before.size() - 1; i > 0; i--) {
            DocumentView.Actor a = before.get(i - 1);
            DocumentView.Actor b = before.get(i);
            if (a.viaReference() && b.viaReference() && a.firstToken() == b.firstToken()) {
                return new Pair(a.ref(), b.ref(), since, false);
            }
        }
        return null;
    }

    /** "Dalian and Kitakyushu became friendship cities": the last two names joined by "and" before the tie. */
    private static Pair conjoinedPair(DocumentView view, List<DocumentView.Actor> before, PartialDate since) {
        for (int i = before.size() - 1; i > 0 && i >= before.size() - 1; i--) {
            DocumentView.Actor a = before.get(i - 1);
            DocumentView.Actor b = before.get(i);
            boolean joined = false;
            boolean other = false;
            for (int k = a.endToken(); k < b.firstToken(); k++) {
                String f = view.f(k);
                joined |= f.equals("and");
                other |= !(f.equals("and") || f.equals("the") || f.equals("'s") || APPOSITION_WORDS.contains(f)
                        || view.token(k).isCapitalized() && view.token(k).isWord() && k < b.firstToken() - 1);
            }
            if (joined && !other && !a.viaReference() && !b.viaReference()) {
                return new Pair(a.ref(), b.ref(), since, false);
            }
        }
        return null;
    }

    private static List<DocumentView.Actor> nonLocative(DocumentView view, List<DocumentView.Actor> actors) {
        List<DocumentView.Actor> out = new ArrayList<>();
        for (DocumentView.Actor a : actors) {
            if (!locative(view, a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean locative(DocumentView view, DocumentView.Actor a) {
        int i = a.firstToken() - 1;
        while (i > 0 && view.f(i).equals("the")) {
            i--;
        }
        return view.f(i).equals("in") || view.f(i).equals("at");
    }

    private static EntityRef place(Mention m) {
        return new EntityRef(m.name(), EntityType.PLACE, m.span());
    }

    private static boolean firstPersonPlural(DocumentView view, Sentence s, int trigger) {
        for (int i = s.firstToken(); i < trigger; i++) {
            if (view.f(i).equals("we") || view.f(i).equals("our")) {
                return true;
            }
        }
        return false;
    }
}
