package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.structure.Modality;
import org.tsunagu.extraction.internal.structure.Statements;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
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

    private static final Set<String> FRIENDLY = Words.of("sister", "friendship", "friendly", "twin", "partner", "partners");
    private static final Set<String> SIGNING = Words.of("signed", "signing", "concluded", "renewed", "sign");
    private static final Set<String> COOPERATION_VERBS = Words.of("cooperated", "worked", "partnered");
    private static final Set<String> TIES = Words.of("city", "cities", "ties", "relations", "relationship", "partners",
            "partner", "partnership", "region", "regions", "province", "provinces", "prefectures", "states", "towns",
            "city-ties", "agreement", "pact", "relationships", "alliance");
    private static final Set<String> JOINT_WORK = Words.of("cooperation", "collaboration", "coordination");
    private static final Set<String> COOPERATIVE = Words.of("cooperative", "cooperation", "exchange");
    private static final Set<String> MODIFIERS = Words.of("official", "formal", "close", "long", "long-standing",
            "longstanding", "economic", "municipal");
    private static final Set<String> BACK_VERBS = Words.of("dates", "dated", "goes", "went");
    private static final Set<String> BEGAN = Words.of("began", "started", "begun");
    /** How far after "with" the words that date the tie may stand: "with the city of Hue dates back to". */
    private static final int DATING_REACH = 10;

    @Override
    public String name() {
        return "read-relationships";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.RELATIONSHIPS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(VIEW, Layers.AGREEMENTS);
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Relationship> out = new ArrayList<>();
        for (Fact f : document.get(Layers.AGREEMENTS)) {
            if (f instanceof Agreement a && a.kind() == AgreementKind.FRIENDSHIP_AGREEMENT && a.parties().size() == 2) {
                // a sister or friendship agreement signed in the story forms the tie it names, on its date
                add(out, new Relationship(a.parties().get(0), a.parties().get(1), RelationshipKind.FRIENDSHIP, a.date(),
                        RelationshipStatus.ESTABLISHED, a.evidence(), 0.7));
            }
        }
        for (Sentence s : view.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                int end = tieEnd(view, s, i);
                if (end < 0) {
                    continue;
                }
                boolean friendly = view.f(i).equals("sisterhood");
                for (int k = i; k < end; k++) {
                    friendly |= FRIENDLY.contains(view.f(k)) && !(view.f(k).startsWith("partner") && k == i && end - i == 1);
                }
                if (end - i == 1 && view.f(i).equals("partners") && !(i > s.firstToken() && view.f(i - 1).equals("became"))) {
                    continue;
                }
                if (JOINT_WORK.contains(view.f(i)) && view.f(i + 1).equals("between") && !betweenLocalities(view, s, i)) {
                    i = end;
                    continue;
                }
                boolean agreement = view.f(end - 1).equals("agreement") || view.f(end - 1).equals("pact");
                Modality modality = view.modalityOf(s, i);
                if (agreement && modality.isFactual() && !signedNear(view, s, i)
                        || modality instanceof Modality.Negated negated && !(agreement && !Statements.undoes(negated))) {
                    // a tie denied or undone is none; an agreement not (yet) signed is one hoped for
                    i = end;
                    continue;
                }
                RelationshipStatus status = modality.isFactual() ? RelationshipStatus.ESTABLISHED : RelationshipStatus.PROPOSED;
                read(view, s, i, end, friendly, status, out);
                i = end;
            }
            for (AgreementReader.Candidate c : view.agreementsIn(s)) {
                RelationshipKind hoped = c.status() == Hedges.Status.ASSERTED || c.parties().size() != 2 ? null
                        : c.kind() == AgreementKind.FRIENDSHIP_AGREEMENT ? RelationshipKind.FRIENDSHIP
                        : COOPERATIVE.contains(view.f(c.trigger() - 1)) ? RelationshipKind.COOPERATION : null;
                if (hoped != null) {
                    // "hopes to sign a cooperation memorandum with Hanoi": a tie wished for, not yet made
                    add(out, new Relationship(c.parties().get(0), c.parties().get(1), hoped, Optional.empty(),
                            RelationshipStatus.PROPOSED, view.evidence(s, c.trigger(), c.triggerEnd()), 0.5));
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Relationship r : out) {
            String word = Fold.fold(r.evidence().trigger().of(view.text)).split(" ")[0];
            boolean verb = COOPERATION_VERBS.contains(word);
            boolean friends = out.stream().anyMatch(o -> o.kind() == RelationshipKind.FRIENDSHIP && samePair(o, r));
            boolean abbreviated = out.stream().anyMatch(o -> abbreviates(view, r, o));
            if (!(verb && r.kind() == RelationshipKind.COOPERATION && friends) && !abbreviated) {
                facts.add(r);
            }
        }
        return facts;
    }

    /** "cooperation between A and B" is a tie only when A and B are listed right after it and neither is a country. */
    private static boolean betweenLocalities(DocumentView view, Sentence s, int trigger) {
        List<DocumentView.Actor> listed = CoordinatedParties.after(view, s, view.actors(s), "between", trigger + 1, 1);
        return listed.size() >= 2 && listed.stream().noneMatch(DocumentView.Actor::isCountry)
                && view.structure(s).attachment("between", trigger + 1, 1).map(a -> a.names().members().size()).orElse(0)
                == listed.size();
    }

    /**
     * "UB mayor proposes sisterhood with Tokyo" over a story of Ulaanbaatar and Tokyo: the headline's tie with one
     * side abbreviated (capitals only, the same first letter) is the story's tie, told short.
     */
    private static boolean abbreviates(DocumentView view, Relationship headline, Relationship story) {
        if (headline == story || headline.kind() != story.kind() || !view.isHeadline(view.sentences.get(headline.evidence()
                .sentenceIndex())) || view.isHeadline(view.sentences.get(story.evidence().sentenceIndex()))) {
            return false;
        }
        String a = headline.a().name();
        String b = headline.b().name();
        String c = story.a().name();
        String d = story.b().name();
        return Names.same(b, d) && isAbbreviationOf(a, c) || Names.same(b, c) && isAbbreviationOf(a, d)
                || Names.same(a, d) && isAbbreviationOf(b, c) || Names.same(a, c) && isAbbreviationOf(b, d);
    }

    private static boolean isAbbreviationOf(String shortName, String name) {
        return shortName.length() >= 2 && shortName.length() <= 4 && shortName.chars().allMatch(Character::isUpperCase)
                && name.length() > shortName.length() && name.charAt(0) == shortName.charAt(0);
    }

    /** A cooperation verb between partners already tied by friendship repeats that tie. */
    private static boolean samePair(Relationship x, Relationship y) {
        return Names.same(x.a().name(), y.a().name()) && Names.same(x.b().name(), y.b().name())
                || Names.same(x.a().name(), y.b().name()) && Names.same(x.b().name(), y.a().name());
    }

    private static boolean signedNear(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - 6); k < i; k++) {
            if (SIGNING.contains(view.f(k))) {
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
        if (JOINT_WORK.contains(f) && view.f(i + 1).equals("with") && possessed(view, s, i) && datedBack(view, s, i)) {
            // "Kyoto's official collaboration with Hue dates back to 2012": a tie with a beginning
            return i + 1;
        }
        if (JOINT_WORK.contains(f) && view.f(i + 1).equals("between")) {
            // "close cooperation between A and B", "coordination between A and B has been expanding"
            return i + 1;
        }
        int built = EstablishedTies.end(view, s, i);
        if (built > 0) {
            return built;
        }
        if (f.equals("sisterhood")) {
            // "established their sisterhood (alliance) in 1983": the word names the tie by itself
            return TIES.contains(view.f(i + 1)) && i + 1 < s.endToken() ? i + 2 : i + 1;
        }
        int named = namedAfter(view, s, i);
        if (named > 0) {
            return named;
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

    /**
     * "ties of friendship and cooperation", "relations of friendship": the tie named before its kinds,
     * ending after the last of them; -1 when no friendship or cooperation word follows "of".
     */
    private static int namedAfter(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (!(f.equals("ties") || f.equals("relations")) || i + 2 >= s.endToken() || !view.f(i + 1).equals("of")) {
            return -1;
        }
        int end = -1;
        for (int k = i + 2; k < s.endToken(); k++) {
            String w = view.f(k);
            if (FRIENDLY.contains(w) || COOPERATIVE.contains(w) && !w.equals("exchange")) {
                end = k + 1;
            } else if (!w.equals("and")) {
                break;
            }
        }
        return end;
    }

    /** "Kyoto's collaboration", "Kyoto's official collaboration": the work owned by a name before it. */
    private static boolean possessed(DocumentView view, Sentence s, int i) {
        int k = i - 1;
        while (k > s.firstToken() && MODIFIERS.contains(view.f(k))) {
            k--;
        }
        return k > s.firstToken() && view.f(k).equals("'s");
    }

    /** "dates back to", "goes back to", "began in", "started in": the clause gives the tie a beginning. */
    private static boolean datedBack(DocumentView view, Sentence s, int i) {
        for (int k = i + 2; k + 1 < s.endToken() && k < i + DATING_REACH; k++) {
            String f = view.f(k);
            if (BACK_VERBS.contains(f) && view.f(k + 1).equals("back") || BEGAN.contains(f) && view.f(k + 1).equals("in")) {
                return true;
            }
        }
        return false;
    }

    private static void read(DocumentView view, Sentence s, int trigger, int end, boolean friendly,
            RelationshipStatus st, List<Relationship> out) {
        boolean fromAgreement = view.f(end - 1).equals("agreement") || view.f(end - 1).equals("pact");
        double certain = st == RelationshipStatus.PROPOSED ? 0.6 : fromAgreement ? 0.7 : 0.85;
        for (TiePartners.Pair pair : TiePartners.of(view, s, trigger, end)) {
            EntityRef a = pair.a();
            EntityRef b = pair.b();
            if (Names.same(a.name(), b.name())) {
                continue;
            }
            double confidence = pair.guessed() ? certain - 0.25 : certain;
            var evidence = view.evidence(s, trigger, end);
            Optional<PartialDate> when = Optional.ofNullable(st == RelationshipStatus.PROPOSED ? null : pair.since());
            // "friendship and cooperation ties", "friendly and cooperative relations": one tie, of
            // friendship, which holds the cooperation it names beside it
            RelationshipKind kind = friendly ? RelationshipKind.FRIENDSHIP : RelationshipKind.COOPERATION;
            add(out, new Relationship(a, b, kind, when, st, evidence, confidence));
        }
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
