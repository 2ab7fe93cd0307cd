package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.time.PartialDate;

/**
 * Standing ties: "sister cities", "friendship city", "friendly and cooperative relations",
 * "cooperative relations with ... such as A, B", "has worked with", partner lists with years in
 * parentheses, and hoped-for ties (status proposed), including a friendship agreement that was
 * hoped for but not signed. Country-level ties are left out.
 */
public final class RelationshipStage extends FactStage {

    private static final Set<String> FRIENDLY = Set.of("sister", "friendship", "friendly", "twin", "partner", "partners");
    private static final Set<String> TIES = Set.of("city", "cities", "ties", "relations", "relationship", "partners",
            "partner", "partnership", "region", "regions", "province", "provinces", "prefectures", "states", "towns",
            "city-ties", "agreement", "pact");
    private static final Set<String> APPOSITION_WORDS = Set.of("city", "town", "province", "prefecture", "region",
            "of", "capital", "port", "resort", "neighbouring", "neighboring");
    private static final Set<String> COOPERATIVE = Set.of("cooperative", "cooperation", "exchange");

    @Override
    public String name() {
        return "read-relationships";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.RELATIONSHIPS;
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Relationship> out = new ArrayList<>();
        for (Sentence s : view.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                int end = tieEnd(view, s, i);
                if (end < 0) {
                    continue;
                }
                boolean friendly = false;
                boolean cooperative = false;
                for (int k = i; k < end; k++) {
                    friendly |= FRIENDLY.contains(view.f(k)) && !(view.f(k).startsWith("partner") && k == i && end - i == 1);
                    cooperative |= COOPERATIVE.contains(view.f(k)) && !(view.f(k).equals("exchange")
                            && (view.f(end - 1).equals("agreement") || view.f(end - 1).equals("pact")));
                }
                if (view.f(i).equals("worked") || view.f(i).equals("partners") || view.f(i).equals("partnership")
                        || view.f(i).equals("cooperated") || view.f(i).equals("partnered")) {
                    cooperative = true;
                }
                if (end - i == 1 && view.f(i).equals("partners") && !(i > s.firstToken() && view.f(i - 1).equals("became"))) {
                    continue;
                }
                Hedges.Status status = Hedges.of(view, s, i, 8);
                boolean agreement = view.f(end - 1).equals("agreement") || view.f(end - 1).equals("pact");
                if (agreement && status == Hedges.Status.ASSERTED && !signedNear(view, s, i)) {
                    i = end;
                    continue;
                }
                if (agreement && status == Hedges.Status.NEGATED) {
                    status = Hedges.Status.PROPOSED;
                }
                if (status == Hedges.Status.NEGATED) {
                    i = end;
                    continue;
                }
                read(view, s, i, end, friendly, cooperative, status, out);
                i = end;
            }
            for (AgreementReader.Candidate c : view.agreementsIn(s)) {
                if (c.status() != Hedges.Status.ASSERTED && c.kind() == AgreementKind.FRIENDSHIP_AGREEMENT && c.parties().size() == 2) {
                    add(out, new Relationship(c.parties().get(0), c.parties().get(1), RelationshipKind.FRIENDSHIP, Optional.empty(),
                            RelationshipStatus.PROPOSED, view.evidence(s, c.trigger(), c.triggerEnd()), 0.5));
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Relationship r : out) {
            String word = Fold.fold(r.evidence().trigger().of(view.text)).split(" ")[0];
            boolean verb = Set.of("cooperated", "worked", "partnered").contains(word);
            boolean friends = out.stream().anyMatch(o -> o.kind() == RelationshipKind.FRIENDSHIP && samePair(o, r));
            if (!(verb && r.kind() == RelationshipKind.COOPERATION && friends)) {
                facts.add(r);
            }
        }
        return facts;
    }

    /** A cooperation verb between partners already tied by friendship repeats that tie. */
    private static boolean samePair(Relationship x, Relationship y) {
        return Names.same(x.a().name(), y.a().name()) && Names.same(x.b().name(), y.b().name())
                || Names.same(x.a().name(), y.b().name()) && Names.same(x.b().name(), y.a().name());
    }

    private static boolean signedNear(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - 6); k < i; k++) {
            if (Set.of("signed", "signing", "concluded", "renewed", "sign").contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    /** The end of a tie phrase starting at i, or -1. */
    private static int tieEnd(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (f.equals("worked") && i + 1 < s.endToken() && (view.f(i + 1).equals("with") || view.f(i + 1).equals("together"))
                || f.equals("cooperated") || f.equals("partnered")) {
            return i + 1;
        }
        if (f.equals("partners") || f.equals("partnership") && i > s.firstToken() && view.f(i - 1).equals("formal")) {
            return i + 1;
        }
        if (!FRIENDLY.contains(f) && !COOPERATIVE.contains(f)) {
            return -1;
        }
        int k = i + 1;
        while (k < s.endToken() && k - i < 6) {
            String w = view.f(k);
            if (TIES.contains(w) && (!w.equals("agreement") && !w.equals("pact") || FRIENDLY.contains(view.f(i)))) {
                int end = k + 1;
                while (end < s.endToken() && TIES.contains(view.f(end)) && !view.f(end).equals("partner")) {
                    end++;
                }
                return end;
            }
            if (!(FRIENDLY.contains(w) || COOPERATIVE.contains(w) || w.equals("and") || w.equals("or") || w.equals("-")
                    || w.equals("city") || w.equals("official") || w.equals("administrative") || w.endsWith("al")
                    || w.equals("formal"))) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private static void read(DocumentView view, Sentence s, int trigger, int end, boolean friendly, boolean cooperative,
            Hedges.Status status, List<Relationship> out) {
        List<DocumentView.Actor> actors = new ArrayList<>();
        for (DocumentView.Actor a : view.actors(s)) {
            if (!a.isCountry() && !a.mention().is(Mention.Type.GROUP)) {
                actors.add(a);
            }
        }
        List<DocumentView.Actor> before = new ArrayList<>();
        List<DocumentView.Actor> after = new ArrayList<>();
        int clauseEnd = s.endToken();
        for (int i = end; i < s.endToken(); i++) {
            if (Set.of("signed", "maintains", "maintained", "established", ";", "while", "but").contains(view.f(i))
                    || view.f(i).equals("and") && view.f(i - 1).equals(",") && verbAhead(view, s, i + 1)) {
                clauseEnd = i;
                break;
            }
        }
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() < trigger) {
                before.add(a);
            } else if (a.firstToken() < clauseEnd && !locative(view, a) && !ownsTitle(view, s, a)
                    && before.stream().noneMatch(b -> Names.same(b.ref().name(), a.ref().name()))) {
                after.add(a);
            }
        }
        boolean symmetric = Set.of("cooperated", "partnered").contains(view.f(trigger))
                || view.f(trigger).equals("worked") && view.f(trigger + 1).equals("together");
        if (symmetric && !view.f(end).equals("with")) {
            after.clear();
        }
        RelationshipStatus st = status == Hedges.Status.PROPOSED ? RelationshipStatus.PROPOSED : RelationshipStatus.ESTABLISHED;
        boolean fromAgreement = view.f(end - 1).equals("agreement") || view.f(end - 1).equals("pact");
        double confidence = st == RelationshipStatus.PROPOSED ? 0.6 : fromAgreement ? 0.7 : 0.85;
        int between = view.find(s, s.firstToken(), Set.of("between"));
        List<EntityRef[]> pairs = new ArrayList<>();
        List<PartialDate> sinces = new ArrayList<>();
        PartialDate since = since(view, s, trigger, end);
        if (after.size() >= 3 || after.size() >= 2 && hasParenthesisedYears(view, s, end)) {
            EntityRef subject = before.isEmpty() ? null : before.get(0).ref();
            if (subject == null) {
                return;
            }
            for (DocumentView.Actor a : after) {
                pairs.add(new EntityRef[] {subject, a.ref()});
                sinces.add(parenthesisedDate(view, s, a.endToken()));
            }
        } else if (between >= 0 && between > trigger - 8 && between < end + 8 && pairAfter(view, actors, between) != null) {
            List<DocumentView.Actor> pair = new ArrayList<>();
            for (DocumentView.Actor a : actors) {
                if (a.firstToken() > between && pair.size() < 2 && pair.stream().noneMatch(p -> p.ref().name().equals(a.ref().name()))) {
                    pair.add(a);
                }
            }
            if (pair.size() == 2) {
                pairs.add(new EntityRef[] {pair.get(0).ref(), pair.get(1).ref()});
                sinces.add(since);
            }
        } else if (!before.isEmpty() && !after.isEmpty() && (view.f(trigger).equals("worked")
                || view.f(trigger).equals("cooperated")) && after.size() == 2
                && after.get(0).viaReference()) {
            for (DocumentView.Actor a : after) {
                pairs.add(new EntityRef[] {before.get(0).ref(), a.ref()});
                sinces.add(since);
            }
        } else if (referencePair(before) != null) {
            pairs.add(referencePair(before));
            sinces.add(since);
        } else if (conjoinedPair(view, before) != null) {
            pairs.add(conjoinedPair(view, before));
            sinces.add(since);
        } else if (!before.isEmpty() && !after.isEmpty()) {
            List<DocumentView.Actor> subjects = nonLocative(view, before);
            DocumentView.Actor subject = subjects.isEmpty() ? before.get(before.size() - 1) : subjects.get(subjects.size() - 1);
            if (elidedSubject(view, s, subject, trigger)) {
                subject = before.get(0);
            }
            pairs.add(new EntityRef[] {subject.ref(), after.get(0).ref()});
            sinces.add(since);
        } else if (nonLocative(view, before).size() >= 2) {
            List<DocumentView.Actor> subjects = nonLocative(view, before);
            pairs.add(new EntityRef[] {subjects.get(subjects.size() - 2).ref(), subjects.get(subjects.size() - 1).ref()});
            sinces.add(since);
        } else if (before.isEmpty() && after.isEmpty() && firstPersonPlural(view, s, trigger)) {
            List<Mention> salient = view.salientPlaces();
            if (salient.size() >= 2) {
                pairs.add(new EntityRef[] {ref(salient.get(0), view, s), ref(salient.get(1), view, s)});
                sinces.add(since);
                confidence -= 0.25;
            }
        }
        for (int p = 0; p < pairs.size(); p++) {
            EntityRef a = pairs.get(p)[0];
            EntityRef b = pairs.get(p)[1];
            if (Names.same(a.name(), b.name())) {
                continue;
            }
            var evidence = view.evidence(s, trigger, end);
            Optional<PartialDate> when = Optional.ofNullable(st == RelationshipStatus.PROPOSED ? null : sinces.get(p));
            if (friendly) {
                add(out, new Relationship(a, b, RelationshipKind.FRIENDSHIP, when, st, evidence, confidence));
            }
            if (cooperative || !friendly) {
                add(out, new Relationship(a, b, RelationshipKind.COOPERATION, when, st, evidence,
                        friendly ? confidence - 0.2 : confidence));
            }
        }
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
            if (Set.of("has", "have", "is", "are", "was", "were", "will", "had").contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    private static EntityRef[] pairAfter(DocumentView view, List<DocumentView.Actor> actors, int between) {
        List<DocumentView.Actor> pair = new ArrayList<>();
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() > between && pair.size() < 2 && pair.stream().noneMatch(p -> p.ref().name().equals(a.ref().name()))) {
                pair.add(a);
            }
        }
        return pair.size() == 2 ? new EntityRef[] {pair.get(0).ref(), pair.get(1).ref()} : null;
    }

    /** "A has ties with X (1992), Y (2005), and signed a partnership with B": B's partner is A, not Y. */
    private static boolean elidedSubject(DocumentView view, Sentence s, DocumentView.Actor nearest, int trigger) {
        for (int i = trigger - 1; i > nearest.endToken(); i--) {
            if (view.f(i).equals("and") && view.f(i - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "the two cities" before the tie words. */
    private static EntityRef[] referencePair(List<DocumentView.Actor> before) {
        for (int i = before.size() - 1; i > 0; i--) {
            DocumentView.Actor a = before.get(i - 1);
            DocumentView.Actor b = before.get(i);
            if (a.viaReference() && b.viaReference() && a.firstToken() == b.firstToken()) {
                return new EntityRef[] {a.ref(), b.ref()};
            }
        }
        return null;
    }

    /** "Dalian and Kitakyushu became friendship cities": the last two names joined by "and" before the tie. */
    private static EntityRef[] conjoinedPair(DocumentView view, List<DocumentView.Actor> before) {
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
                return new EntityRef[] {a.ref(), b.ref()};
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

    private static EntityRef ref(Mention m, DocumentView view, Sentence s) {
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

    private static PartialDate since(DocumentView view, Sentence s, int trigger, int end) {
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
            becameBefore |= Set.of("became", "become", "established", "upgraded", "formed").contains(view.f(i));
        }
        if (best == null && (agreementNext || becameBefore)) {
            best = view.nearestDate(s, trigger);
        }
        return best == null ? null : best.date();
    }

    private static boolean hasParenthesisedYears(DocumentView view, Sentence s, int from) {
        for (int i = from; i + 1 < s.endToken(); i++) {
            if (view.f(i).equals("(") && (view.token(i + 1).isNumber() || view.f(i + 1).equals("in"))) {
                return true;
            }
        }
        return false;
    }

    private static PartialDate parenthesisedDate(DocumentView view, Sentence s, int after) {
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

    private static void add(List<Relationship> out, Relationship r) {
        for (int i = 0; i < out.size(); i++) {
            Relationship old = out.get(i);
            boolean same = old.kind() == r.kind() && (Names.same(old.a().name(), r.a().name())
                    && Names.same(old.b().name(), r.b().name())
                    || Names.same(old.a().name(), r.b().name()) && Names.same(old.b().name(), r.a().name()));
            if (same) {
                if (old.status() == RelationshipStatus.PROPOSED && r.status() == RelationshipStatus.ESTABLISHED
                        || old.since().isEmpty() && r.since().isPresent() && old.status() == r.status()
                        || r.confidence() > old.confidence() && r.since().isPresent() && old.status() == r.status()) {
                    out.set(i, r);
                }
                return;
            }
        }
        out.add(r);
    }
}
