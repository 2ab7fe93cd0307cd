package org.tsunagu.extraction.internal.structure;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Whether a sentence states an act or a thing named at one token as fact, as only wanted, planned or
 * scheduled, as not having happened, or as undone. A verb speaks for itself through its verb group;
 * a noun ("the forum", "sister-city ties", "an agreement") through its own determiner and modifiers
 * ("no agreement", "a possible visit", "the proposal for ties"), the verb group that governs it in
 * its clause ("will hold a forum", "may visit", "is considering a visit", "suspended its ties") and
 * the verb group it is the subject of ("the agreement was cancelled", "a forum scheduled for May").
 */
public final class Statements {

    /** How far before a noun the verb that governs it may stand: "will hold a two-day business forum". */
    private static final int GOVERNOR_REACH = 8;
    /** How far after a noun the verb it is the subject of may stand: "the ties between A and B were suspended". */
    private static final int PREDICATE_REACH = 24;
    /** How far back a noun's own determiner and modifiers may reach: "no formal sister-city agreement". */
    private static final int PHRASE_REACH = 6;
    private static final Set<String> CLAUSE_BREAKS = Words.of(",", ";", ":", "but", "while", "although", "whereas",
            "which", "that", "who", "\u2014", "(", ")");
    /** How far before "would" the verb reporting it may stand: "added that the prefecture would". */
    private static final int REPORT_REACH = 6;
    private static final Set<String> REPORTING = Words.of("said", "says", "added", "adds", "told", "announced", "noted",
            "stated", "explained", "confirmed");
    /**
     * Prepositions that place a noun beside a verb, not under it: "signalled plans to expand during talks"; "deals are
     * expected to be signed at the forum" hedges the deals, not the forum.
     */
    private static final Set<String> ADJUNCTS = Words.of("at", "during", "after", "before", "amid", "following", "since",
            "throughout");
    private static final Set<String> PREPOSITIONS = Words.of("at", "in", "on", "during", "of", "for", "to", "after",
            "before", "with", "from", "by", "into", "ahead");
    private static final Set<String> INDEFINITES = Words.of("a", "an", "any", "new");
    private static final Set<String> POSSESSIVES = Words.of("their", "its", "our", "existing", "longstanding",
            "long-standing", "decades-old", "'s");
    /** Nouns whose "of" object has lasted: "the anniversary of", "30 years of". */
    private static final Set<String> AGES = Words.of("anniversary", "years", "decades", "history");
    private static final Set<String> NEGATIVE_DETERMINERS = Words.of("no", "without", "neither", "nor");
    /** Modifiers that make the thing named only possible: "a possible visit", "a proposed fair". */
    private static final Set<String> TENTATIVE_MODIFIERS = Words.of("possible", "potential", "proposed", "planned",
            "prospective", "hoped-for", "envisaged", "intended", "mooted");
    /** Adverbs that do the same before a noun or over the phrase that holds it: "possibly during a trip". */
    private static final Set<String> TENTATIVE_ADVERBS = Words.of("possibly", "perhaps", "maybe");
    /** Nouns whose "of"/"for"/"on" object is only wanted: "a proposal for sister-city ties", "talks on a visit". */
    private static final Set<String> WISH_NOUNS = Words.of("proposal", "proposals", "plan", "plans", "possibility",
            "prospect", "prospects", "hope", "hopes", "aspiration", "aspirations", "idea", "feasibility", "talks",
            "discussions", "discussion", "negotiations", "intention", "bid");
    private static final Set<String> WISH_LINKS = Words.of("of", "for", "on", "about", "over", "toward", "towards", "to");
    /** Verbs that undo or stop a tie, an agreement or an occasion. */
    private static final Set<String> WITHDRAWING = Words.of("cancelled", "canceled", "cancel", "cancels", "suspended",
            "suspend", "suspends", "postponed", "postpone", "scrapped", "shelved", "dropped", "terminated", "terminate",
            "dissolved", "dissolve", "severed", "sever", "cut", "cuts", "revoked", "annulled",
            "froze", "frozen", "halted", "abandoned", "withdrew", "withdrawn", "broke", "broken", "called", "downgraded");
    /** Verbs that undo what they take as object, but end an occasion when it is their subject: "ended their ties". */
    private static final Set<String> ENDING = Words.of("ended", "end", "ends");
    /** "under discussion", "under consideration": still to be agreed. */
    private static final Set<String> UNDER_WAY = Words.of("discussion", "negotiation", "consideration", "study", "review");
    /** Hedges that place an act on the calendar rather than only wish it: "will hold", "is set to", "due to". */
    private static final Set<String> SCHEDULING = Words.of("will", "shall", "'ll", "set", "scheduled", "due", "is",
            "are", "was", "were", "going");

    private Statements() {
    }

    /** The modality of what token {@code trigger} states or names. */
    public static Modality of(List<Token> tokens, SentenceStructure structure, int trigger) {
        Sentence s = structure.sentence();
        VerbGroup own = structure.verbHeadedAt(trigger).orElse(null);
        if (own == null) {
            Modality modality = ofPhrase(tokens, s, trigger);
            VerbGroup governor = modality.isFactual() ? governor(tokens, structure, trigger) : null;
            if (governor != null) {
                modality = reported(tokens, s, governor, withdrawn(tokens, governor, directObject(tokens, governor, trigger)));
            }
            if (modality instanceof Modality.Hedged && presupposed(tokens, s, trigger)) {
                // "hope to deepen their ties", "expected to crown the delegation's visit": the wish is for more, the
                // thing itself is there
                modality = Modality.FACTUAL;
            }
            return modality.isFactual() ? predicate(tokens, structure, trigger, trigger) : modality;
        }
        // "no agreement was signed": a passive verb's subject may carry the negation
        Modality modality = own.voice() == Voice.PASSIVE && own.modality().isFactual()
                ? ofPhrase(tokens, s, own.firstToken()) : reported(tokens, s, own, own.modality());
        return modality.isFactual() ? predicate(tokens, structure, trigger, own.head()) : modality;
    }

    /** Whether a hedge only puts the act on the calendar: "will hold", "is scheduled to", "a forum scheduled for May". */
    public static boolean schedules(Modality modality) {
        return modality instanceof Modality.Hedged h && SCHEDULING.contains(h.cue());
    }

    /** Whether a negation undoes what was there ("suspended", "called off") rather than deny it was ever made. */
    public static boolean undoes(Modality.Negated negated) {
        return WITHDRAWING.contains(negated.cue()) || ENDING.contains(negated.cue()) || negated.cue().endsWith(" off");
    }

    /**
     * Whether a noun names something the sentence takes as already there, whatever is said about it: "their
     * sister-city ties", "the 30th anniversary of sister-city ties". A hedge over such a noun ("will celebrate",
     * "hope to deepen") wants more of it, not the thing itself; only an undoing takes it away.
     */
    private static boolean presupposed(List<Token> tokens, Sentence s, int trigger) {
        for (int i = trigger - 1; i >= Math.max(s.firstToken(), trigger - PHRASE_REACH); i--) {
            String f = tokens.get(i).folded();
            if (POSSESSIVES.contains(f) || f.equals("of") && i > s.firstToken() && AGES.contains(tokens.get(i - 1).folded())) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(f) || PREPOSITIONS.contains(f) || INDEFINITES.contains(f)
                    || !tokens.get(i).isWord() && !f.equals("-")) {
                // "raise their ties to a formal friendship": the noun's own phrase ends at its preposition or article
                return false;
            }
        }
        return false;
    }

    /** "she added that Gifu would open a desk next week": the future of reported speech is a plain future. */
    private static Modality reported(List<Token> tokens, Sentence s, VerbGroup group, Modality modality) {
        if (!(modality instanceof Modality.Hedged h && h.cue().equals("would"))) {
            return modality;
        }
        for (int i = group.firstToken() - 1; i >= Math.max(s.firstToken(), group.firstToken() - REPORT_REACH); i--) {
            String f = tokens.get(i).folded();
            if (REPORTING.contains(f)) {
                return new Modality.Hedged("will");
            }
            if (CLAUSE_BREAKS.contains(f) && !f.equals("that")) {
                break;
            }
        }
        return modality;
    }

    /** A verb group hedged by its own main verb ("proposed", "considering"), not by a modal or a control before it. */
    private static boolean tentative(List<Token> tokens, VerbGroup group) {
        return group.modality() instanceof Modality.Hedged h && h.cue().equals(tokens.get(group.head()).folded());
    }

    /** A noun's own determiner and modifiers, and a wish noun it is the object of. */
    private static Modality ofPhrase(List<Token> tokens, Sentence s, int trigger) {
        for (int i = trigger - 1; i >= Math.max(s.firstToken(), trigger - PHRASE_REACH); i--) {
            String f = tokens.get(i).folded();
            if (NEGATIVE_DETERMINERS.contains(f)) {
                return new Modality.Negated(f);
            }
            if (TENTATIVE_MODIFIERS.contains(f) || TENTATIVE_ADVERBS.contains(f)) {
                return new Modality.Hedged(f);
            }
            if (WISH_LINKS.contains(f) && i > s.firstToken() && WISH_NOUNS.contains(tokens.get(i - 1).folded())) {
                return new Modality.Hedged(tokens.get(i - 1).folded());
            }
            if (PREPOSITIONS.contains(f) && i > s.firstToken() && TENTATIVE_ADVERBS.contains(tokens.get(i - 1).folded())) {
                // "possibly during a trip": an adverb over the phrase that holds the noun
                return new Modality.Hedged(tokens.get(i - 1).folded());
            }
            if (CLAUSE_BREAKS.contains(f) || !tokens.get(i).isWord() || PREPOSITIONS.contains(f)) {
                // "talks were planned during the trip": the noun's own phrase ends at its preposition
                break;
            }
        }
        return Modality.FACTUAL;
    }

    /** The nearest verb group before a noun, in its clause: "will hold a forum", "suspended their sister-city ties". */
    private static VerbGroup governor(List<Token> tokens, SentenceStructure structure, int trigger) {
        VerbGroup governor = structure.verbBefore(trigger, GOVERNOR_REACH).orElse(null);
        if (governor == null) {
            return null;
        }
        for (int i = governor.head() + 1; i < trigger; i++) {
            if (CLAUSE_BREAKS.contains(tokens.get(i).folded()) || ADJUNCTS.contains(tokens.get(i).folded())) {
                return null;
            }
        }
        return governor;
    }

    /**
     * Whether a noun is the object of its governor with no preposition between: "cut all official ties", not "cut the
     * ribbon at the opening ceremony".
     */
    private static boolean directObject(List<Token> tokens, VerbGroup governor, int trigger) {
        for (int i = governor.head() + 1; i < trigger; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.isCapitalized() && PREPOSITIONS.contains(t.folded())) {
                return false;
            }
        }
        return true;
    }

    /** A verb group's own modality, or the undoing its head states: "suspended", "called off", "cut". */
    private static Modality withdrawn(List<Token> tokens, VerbGroup group, boolean onObject) {
        if (!group.modality().isFactual()) {
            return group.modality();
        }
        String head = tokens.get(group.head()).folded();
        boolean off = group.head() + 1 < tokens.size() && tokens.get(group.head() + 1).is("off");
        if (onObject && (WITHDRAWING.contains(head) || ENDING.contains(head)) && (!head.equals("called") || off)) {
            return new Modality.Negated(off ? head + " off" : head);
        }
        return Modality.FACTUAL;
    }

    /**
     * What the clause says after the trigger about it: "the agreement was cancelled", "a fair scheduled for May was
     * called off", "a sister-city tie was proposed", "an MOU is under discussion". An undoing outranks a hedge.
     */
    private static Modality predicate(List<Token> tokens, SentenceStructure structure, int trigger, int from) {
        Sentence s = structure.sentence();
        int end = Math.min(s.endToken(), trigger + PREDICATE_REACH);
        Modality hedge = Modality.FACTUAL;
        boolean ownClause = true;
        for (int i = from + 1; i < end; i++) {
            String f = tokens.get(i).folded();
            if (f.equals(";") || f.equals(".")) {
                break;
            }
            if (hedge.isFactual() && f.equals("under") && i + 1 < end && UNDER_WAY.contains(tokens.get(i + 1).folded())) {
                hedge = new Modality.Hedged(tokens.get(i + 1).folded());
            }
            if (hedge.isFactual() && f.equals("scheduled") && i + 1 < end && tokens.get(i + 1).is("for")) {
                hedge = new Modality.Hedged(f);
            }
            VerbGroup group = structure.verbHeadedAt(i).orElse(null);
            if (group == null) {
                ownClause &= !CLAUSE_BREAKS.contains(f);
                continue;
            }
            if (ownClause && from == trigger && hedge.isFactual() && group.voice() == Voice.PASSIVE && tentative(tokens, group)) {
                // "a sister-city tie was proposed": the noun's own verb only puts it forward
                hedge = group.modality();
            }
            ownClause = false;
            if (group.modality().isFactual() && !ENDING.contains(f)) {
                Modality undone = withdrawn(tokens, group, true);
                if (!undone.isFactual()) {
                    return undone;
                }
            }
        }
        return hedge;
    }

}
