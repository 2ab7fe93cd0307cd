package org.tsunagu.extraction.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Finds verb groups without a tagger: a lower-case word after auxiliaries, modals or "to", or a
 * past form ("-ed", a few irregular ones) not after a determiner. Walking back from the main verb
 * over the auxiliaries and the verbs that control an infinitive ("plans to", "failed to",
 * "agreed to explore") gives its voice, tense and modality.
 */
final class VerbGroups {

    private static final Set<String> BE = Words.of("is", "are", "was", "were", "be", "been", "being", "am");
    private static final Set<String> PAST_BE = Words.of("was", "were", "been");
    private static final Set<String> HAVE = Words.of("has", "have", "had", "having");
    private static final Set<String> DO = Words.of("do", "does", "did");
    private static final Set<String> FUTURE = Words.of("will", "shall", "'ll");
    private static final Set<String> MODALS = Words.of("would", "could", "might", "may", "should", "can", "must");
    private static final Set<String> NEGATIONS = Words.of("not", "n't", "never");
    /** Adverbs that may stand inside a verb group without changing it: "has officially signed". */
    private static final Set<String> ADVERBS = Words.of("also", "officially", "formally", "jointly", "just", "recently",
            "already", "successfully", "finally", "then", "further", "newly", "now", "once", "first", "again", "today",
            "yesterday", "each", "both");
    /** Verbs before "to" that make what follows wanted or planned, not done. */
    private static final Set<String> HEDGING_CONTROLS = Words.of("plan", "plans", "planned", "planning", "hope", "hopes",
            "hoped", "hoping", "aim", "aims", "aimed", "aiming", "expect", "expects", "expected", "intend", "intends",
            "intended", "seek", "seeks", "sought", "want", "wants", "wanted", "wish", "wishes", "wished", "agree", "agrees",
            "agreed", "decide", "decided", "decides", "set", "scheduled", "going", "likely", "due", "ready", "prepared",
            "poised", "need", "needs", "try", "tries", "tried", "trying", "promised", "pledged", "proposed", "want",
            "aspiration", "aspirations", "proposal", "bid", "intention", "ambition", "attempt",
            "is", "are", "was", "were");
    /** Verbs whose object is the doer of the infinitive after it, and which only want the act: "expects A to sign". */
    private static final Set<String> OBJECT_CONTROLS = Words.of("expects", "expected", "expect", "wants", "wanted", "want",
            "asked", "asks", "urged", "urges", "invited", "invites", "encouraged", "encourages", "allow", "allows",
            "allowed", "wished");
    private static final Set<String> OBJECT_WORDS = Words.of("and", ",", "the", "both", "two", "sides", "parties", "cities",
            "city", "province", "provinces", "it", "them", "their", "its", "of", "'s");
    private static final int OBJECT_REACH = 8;
    /** How far after its verb an infinitive of purpose may stand: "will visit Hanoi for three days from 25 May to sign". */
    private static final int PURPOSE_REACH = 12;
    private static final Set<String> CLAUSE_BREAKS = Words.of(",", ";", ":", "and", "but", "while", "which", "that", "who");
    /** Verbs before "to" that say the act did not happen. */
    private static final Set<String> NEGATING_CONTROLS = Words.of("failed", "fail", "fails", "refused", "refuses",
            "declined", "declines", "unable");
    /** Main verbs that only look towards an act: "agreed to explore signing", "to consider". */
    private static final Set<String> TENTATIVE_HEADS = Words.of("explore", "consider", "discuss", "study", "negotiate",
            "examine", "review", "considering", "considers", "exploring", "explores", "proposed", "proposes", "propose",
            "proposing", "mulling", "mulls", "eyeing", "eyes", "seeking", "seeks", "planned", "envisaged", "envisioned");
    /** Tentative verbs in the present, which no auxiliary marks as verbs: "Osaka eyes ties with Hue". */
    private static final Set<String> TENTATIVE_PRESENT = Words.of("considers", "explores", "proposes", "mulls", "eyes",
            "seeks");
    private static final Set<String> DETERMINERS = Words.of("a", "an", "the", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "newly", "recently", "jointly", "-");
    private static final Set<String> IRREGULAR_PAST = Words.of("held", "made", "took", "became", "met", "signed", "inked",
            "sealed", "won", "set", "began", "gave", "saw", "forged", "cut", "broke", "froze");
    private static final Set<String> PARTICIPLES = Words.of("held", "made", "taken", "done", "given", "set", "seen",
            "forged", "won", "begun", "cut", "broken", "frozen");

    private VerbGroups() {
    }

    static List<VerbGroup> read(List<Token> tokens, Sentence s) {
        List<VerbGroup> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.isCapitalized() || isAuxiliary(t.folded())) {
                continue;
            }
            int before = skipAdverbs(tokens, s, i - 1);
            boolean afterAuxiliary = before >= s.firstToken() && (isAuxiliary(tokens.get(before).folded())
                    || tokens.get(before).is("to") || NEGATIONS.contains(tokens.get(before).folded()));
            boolean pastForm = isPastForm(t.folded()) && !(before >= s.firstToken()
                    && DETERMINERS.contains(tokens.get(before).folded()));
            boolean tentativePresent = TENTATIVE_PRESENT.contains(t.folded()) && !(before >= s.firstToken()
                    && DETERMINERS.contains(tokens.get(before).folded()));
            if (afterAuxiliary || pastForm || tentativePresent) {
                out.add(group(tokens, s, i, out.isEmpty() ? null : out.get(out.size() - 1)));
            }
        }
        return out;
    }

    private static VerbGroup group(List<Token> tokens, Sentence s, int head, VerbGroup previous) {
        String verb = tokens.get(head).folded();
        boolean participle = isPastForm(verb) || PARTICIPLES.contains(verb);
        Voice voice = Voice.ACTIVE;
        Tense tense = isPastForm(verb) ? Tense.PAST : verb.endsWith("ing") ? Tense.UNPLACED : Tense.PRESENT;
        Modality modality = TENTATIVE_HEADS.contains(verb) ? new Modality.Hedged(verb) : Modality.FACTUAL;
        int first = head;
        int i = head - 1;
        boolean sawAuxiliary = false;
        // after "plans to", the controlling verb's own tense is not the act's: only its negation or modal counts
        boolean controlled = false;
        while (i >= s.firstToken()) {
            String f = tokens.get(i).folded();
            if (tokens.get(i).isCapitalized() && i > s.firstToken()) {
                // "on 3 May has been postponed": a capitalised word inside a sentence is a name, not a modal
                break;
            }
            if (ADVERBS.contains(f)) {
                i--;
                continue;
            }
            if (controlled && (BE.contains(f) || HAVE.contains(f) || DO.contains(f))) {
                sawAuxiliary = true;
            } else if (BE.contains(f) && participle && !sawAuxiliary) {
                voice = Voice.PASSIVE;
                tense = PAST_BE.contains(f) ? Tense.PAST : Tense.PRESENT;
            } else if (HAVE.contains(f)) {
                tense = Tense.PAST;
            } else if (DO.contains(f)) {
                tense = f.equals("did") ? Tense.PAST : Tense.PRESENT;
            } else if (FUTURE.contains(f) || MODALS.contains(f)) {
                tense = Tense.FUTURE;
                modality = stronger(modality, new Modality.Hedged(f));
            } else if (NEGATIONS.contains(f)) {
                modality = new Modality.Negated(f);
            } else if (BE.contains(f)) {
                tense = PAST_BE.contains(f) ? Tense.PAST : Tense.PRESENT;
            } else if (f.equals("to") && i > s.firstToken()) {
                int c = skipAdverbs(tokens, s, i - 1);
                String control = tokens.get(c).folded();
                if (NEGATING_CONTROLS.contains(control)) {
                    modality = new Modality.Negated(control);
                } else if (HEDGING_CONTROLS.contains(control)) {
                    modality = stronger(modality, new Modality.Hedged(control));
                } else if (objectControl(tokens, s, c) >= 0) {
                    // "expects A and B to sign": the wish is the controlling verb's, before the doers it names
                    c = objectControl(tokens, s, c);
                    modality = stronger(modality, new Modality.Hedged(tokens.get(c).folded()));
                } else {
                    tense = Tense.UNPLACED;
                    first = i;
                    modality = stronger(modality, purposeOf(tokens, previous, i, modality));
                    break;
                }
                tense = Tense.FUTURE;
                controlled = true;
                first = c;
                i = c - 1;
                continue;
            } else {
                break;
            }
            sawAuxiliary = true;
            first = i;
            i--;
        }
        return new VerbGroup(first, head, voice, tense, modality);
    }

    /**
     * The verb of "expects A and B to", "asked the city to", "urged both sides to", walking back from the
     * word before "to" over the names in between; -1 when there is none.
     */
    private static int objectControl(List<Token> tokens, Sentence s, int last) {
        for (int i = last; i >= Math.max(s.firstToken(), last - OBJECT_REACH); i--) {
            Token t = tokens.get(i);
            if (OBJECT_CONTROLS.contains(t.folded())) {
                return i;
            }
            if (!(t.isCapitalized() || OBJECT_WORDS.contains(t.folded()))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "will visit Hanoi from November 25 to sign a memorandum": an infinitive of purpose is as certain as the verb
     * it serves, the last verb group of its clause.
     */
    private static Modality purposeOf(List<Token> tokens, VerbGroup previous, int to, Modality own) {
        if (previous == null || previous.head() < to - PURPOSE_REACH || previous.modality().isFactual()) {
            return own;
        }
        for (int i = previous.head() + 1; i < to; i++) {
            if (CLAUSE_BREAKS.contains(tokens.get(i).folded())) {
                return own;
            }
        }
        return previous.modality();
    }

    /** A negation outranks a hedge: "did not plan to sign" says nothing was signed. */
    private static Modality stronger(Modality current, Modality next) {
        return current instanceof Modality.Negated ? current : next;
    }

    private static int skipAdverbs(List<Token> tokens, Sentence s, int i) {
        while (i > s.firstToken() && ADVERBS.contains(tokens.get(i).folded())) {
            i--;
        }
        return i;
    }

    private static boolean isAuxiliary(String f) {
        return BE.contains(f) || HAVE.contains(f) || DO.contains(f) || FUTURE.contains(f) || MODALS.contains(f);
    }

    private static boolean isPastForm(String f) {
        return f.length() > 3 && f.endsWith("ed") || IRREGULAR_PAST.contains(f);
    }
}
