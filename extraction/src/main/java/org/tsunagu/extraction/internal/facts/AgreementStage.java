package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Fact;

/**
 * Signed agreements. Hoped-for, denied or cancelled signings give none. "Agreements with three
 * firms - A, B and C" give one agreement per firm; "The document was signed by ..." in the next
 * sentence adds signatories to the agreement before it. Agreements listed by title with their years
 * ({@link TitledAgreements}) are each one of their own; "the State Government" signs for the article's state.
 */
public final class AgreementStage extends FactStage {

    @Override
    public String name() {
        return "read-agreements";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.AGREEMENTS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(VIEW, Layers.ROLES);
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Fact> roles = document.get(Layers.ROLES);
        List<Agreement> out = new ArrayList<>();
        Predicate<Agreement> inHeadline = a -> view.isHeadline(view.sentences.get(a.evidence().sentenceIndex()));
        List<Agreement> background = new ArrayList<>();
        int last = -1;
        int lastSentence = -10;
        for (Sentence s : view.sentences) {
            List<AgreementReader.Candidate> candidates = view.agreementsIn(s);
            if (candidates.isEmpty() && last >= 0 && s.index() - lastSentence <= 2) {
                addSignatories(view, s, out, last);
            }
            for (AgreementReader.Candidate c : candidates) {
                // "the Friendship City Agreement" in the story is the one the headline announced, now with its parties in full
                boolean namesBoth = c.parties().size() >= 2 && last >= 0 && sameParties(out.get(last).parties(), c.parties())
                        && view.isHeadline(view.sentences.get(out.get(last).evidence().sentenceIndex()));
                if (c.definite() && last >= 0 && s.index() - lastSentence <= 3 && !namesBoth) {
                    Agreement a = out.get(last);
                    if (a.signatories().isEmpty() && !c.signatories().isEmpty()) {
                        out.set(last, new Agreement(a.parties(), a.kind(), a.date(), c.signatories(), a.fields(), a.evidence(),
                                a.confidence()));
                    }
                    continue;
                }
                if (c.parties().size() < 2) {
                    c = Signatories.withTheirBodies(roles, c);
                }
                c = c.withParties(LocalBodies.withBareGovernmentsPlaced(view, c.parties()));
                if (c.status() != Hedges.Status.ASSERTED || c.parties().size() < 2 || view.isAhead(c.date())) {
                    // a signing scheduled after the article's date is an event (EventStage), not yet an agreement
                    continue;
                }
                double confidence = c.viaReference() ? 0.65 : 0.85;
                var evidence = view.evidence(s, c.trigger(), c.triggerEnd());
                if (c.plural() && c.parties().size() > 2) {
                    EntityRef first = c.parties().get(0);
                    for (EntityRef other : c.parties().subList(1, c.parties().size())) {
                        last = add(out, inHeadline, new Agreement(List.of(first, other), c.kind(), Optional.ofNullable(c.date()),
                                c.signatories(), List.of(), evidence, confidence - 0.1));
                    }
                } else {
                    List<EntityRef> signatories = c.signatories().isEmpty() ? Signatories.ofParties(view, roles, c) : c.signatories();
                    last = add(out, inHeadline, new Agreement(c.parties(), c.kind(), Optional.ofNullable(c.date()), signatories,
                            c.fields(), evidence, confidence));
                }
                lastSentence = s.index();
            }
            for (AgreementReader.Candidate c : TitledAgreements.in(view, s)) {
                // each listed title is a document of its own year, never a retelling of the story's signing
                if (c.status() == Hedges.Status.ASSERTED) {
                    background.add(new Agreement(c.parties(), c.kind(), Optional.of(c.date()), List.of(), c.fields(),
                            view.evidence(s, c.trigger(), c.triggerEnd()), 0.6));
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Agreement a : out) {
            boolean datedTwin = a.date().isEmpty() && out.stream().anyMatch(b -> b != a && b.date().isPresent() && b.kind() == a.kind()
                    && sameParties(a.parties(), b.parties()));
            boolean headline = view.isHeadline(view.sentences.get(a.evidence().sentenceIndex())) && out.size() > 1;
            if (!datedTwin && !headline) {
                Sentence read = view.sentences.get(a.evidence().sentenceIndex());
                facts.add(a.withTerms(AgreementTerms.of(view, read), AgreementCommitments.of(view, read, a.parties())));
            }
        }
        facts.addAll(background);
        return facts;
    }

    /** Adds an agreement, or completes the one it retells; a headline's agreement takes the story's evidence. */
    private static int add(List<Agreement> out, Predicate<Agreement> inHeadline, Agreement a) {
        for (int i = 0; i < out.size(); i++) {
            Agreement old = out.get(i);
            if (sameKind(old, a) && sameParties(old.parties(), a.parties()) && !signedInOtherYears(old, a)) {
                boolean retold = inHeadline.test(old) && !inHeadline.test(a);
                AgreementKind kind = old.kind() == AgreementKind.FRIENDSHIP_AGREEMENT ? old.kind() : a.kind();
                if (old.date().isEmpty() && a.date().isPresent() || old.signatories().size() < a.signatories().size() || retold
                        || kind != old.kind()) {
                    out.set(i, new Agreement(fuller(old.parties(), a.parties()), kind,
                            old.date().or(a::date), old.signatories().size() >= a.signatories().size() ? old.signatories()
                            : a.signatories(), old.fields().isEmpty() ? a.fields() : old.fields(),
                            old.date().isEmpty() || retold ? a.evidence() : old.evidence(), old.confidence()));
                }
                return i;
            }
        }
        out.add(a);
        return out.size() - 1;
    }

    /**
     * Of two namings of the same parties, the one with more parties, else the longer names: a headline's
     * "Hue and Nara sign MoU" gives way to "Hue City and Nara Prefecture" in the story.
     */
    private static List<EntityRef> fuller(List<EntityRef> old, List<EntityRef> other) {
        if (old.size() != other.size()) {
            return old.size() > other.size() ? old : other;
        }
        return length(other) > length(old) ? other : old;
    }

    private static int length(List<EntityRef> refs) {
        return refs.stream().mapToInt(r -> r.name().length()).sum();
    }

    /**
     * The same kind, or one signing told as "an agreement on cooperation" and as "a friendship agreement" by the
     * same parties on the same day: a friendship agreement, which is also one of cooperation.
     */
    private static boolean sameKind(Agreement a, Agreement b) {
        if (a.kind() == b.kind()) {
            return true;
        }
        Set<AgreementKind> kinds = Set.of(a.kind(), b.kind());
        boolean sameDay = a.date().isEmpty() || b.date().isEmpty() || a.date().equals(b.date());
        return kinds.contains(AgreementKind.FRIENDSHIP_AGREEMENT) && kinds.contains(AgreementKind.COOPERATION_AGREEMENT) && sameDay;
    }

    /** "signed a memorandum in 2014 ... signed a new memorandum": two documents, not one told twice. */
    private static boolean signedInOtherYears(Agreement a, Agreement b) {
        return a.date().isPresent() && b.date().isPresent() && a.date().get().year() != b.date().get().year();
    }

    static boolean sameParties(List<EntityRef> a, List<EntityRef> b) {
        int shared = 0;
        for (EntityRef x : a) {
            for (EntityRef y : b) {
                if (Names.same(x.name(), y.name())) {
                    shared++;
                    break;
                }
            }
        }
        return shared >= Math.min(a.size(), b.size()) && shared >= 2;
    }

    /** "The document was signed at the pavilion by A of X, B of Y and C of Z." */
    private static void addSignatories(DocumentView view, Sentence s, List<Agreement> out, int last) {
        Agreement a = out.get(last);
        if (!a.signatories().isEmpty()) {
            return;
        }
        List<EntityRef> people = Signatories.peopleSigning(view, s);
        if (!people.isEmpty()) {
            out.set(last, new Agreement(a.parties(), a.kind(), a.date(), people, a.fields(), a.evidence(), a.confidence()));
        }
    }
}
