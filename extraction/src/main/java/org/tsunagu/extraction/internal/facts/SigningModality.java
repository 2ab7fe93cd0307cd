package org.tsunagu.extraction.internal.facts;

import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.structure.Modality;
import org.tsunagu.extraction.internal.structure.SentenceStructure;
import org.tsunagu.extraction.internal.structure.Tense;
import org.tsunagu.extraction.internal.structure.VerbGroup;
import org.tsunagu.extraction.internal.text.Sentence;

/**
 * Whether a signing is stated as done: the verb group of the signing verb ("will be signed", "plans
 * to sign", "did not sign"), or for a signing named by a noun ("the signing of", "agreed to explore
 * signing") the group that governs it, together with the clause words {@link Hedges} reads.
 */
final class SigningModality {

    /** How far before a gerund or noun its governing verb may stand: "are expected to attend the signing". */
    private static final int GOVERNOR_REACH = 5;

    /** How far before the verb a hedge word ("hope", "plan") may stand. */
    private static final int HEDGE_REACH = 8;

    private SigningModality() {
    }


    static Hedges.Status of(DocumentView view, Sentence s, int verb) {
        Hedges.Status words = Hedges.of(view, s, verb, HEDGE_REACH);
        Mention subject = view.mentionEndingAt(s, verb, Mention::isActor);
        if (words == Hedges.Status.PROPOSED && subject != null) {
            // "the Department of Planning and Investment signed": a hedge word inside the signer's name hedges nothing
            words = Hedges.of(view, s, subject.firstToken(), Math.max(0, HEDGE_REACH - (verb - subject.firstToken())));
        }
        if (verb < 0 || words != Hedges.Status.ASSERTED) {
            return words;
        }
        SentenceStructure structure = view.structure(s);
        VerbGroup group = structure.verbHeadedAt(verb)
                .orElseGet(() -> structure.verbBefore(verb, GOVERNOR_REACH).filter(g -> g.tense() == Tense.FUTURE
                        || !g.modality().isFactual()).orElse(null));
        if (group == null) {
            return words;
        }
        if (group.modality() instanceof Modality.Negated) {
            return Hedges.Status.NEGATED;
        }
        return group.modality() instanceof Modality.Hedged ? Hedges.Status.PROPOSED : Hedges.Status.ASSERTED;
    }
}
