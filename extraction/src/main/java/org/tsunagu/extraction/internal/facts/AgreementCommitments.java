package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Commitment;

/**
 * What the parties of an agreement undertake, read in its sentence and the few after it, up to the
 * next agreement: "the two sides agreed to support companies at trade shows and hold regular
 * dialogues" gives two commitments of both; "Osaka will send trainees" one of Osaka; the items of a
 * bulleted list under "Both sides will:" one each. A clause whose subject is not the parties, and a
 * hedged ("may agree to", "agreed to consider") or negated ("will not") one, gives none.
 */
final class AgreementCommitments {

    /** Words that open an undertaking, followed by "to" unless they are modal ("will", "shall"). */
    private static final Set<String> PLEDGES = Words.of("agreed", "agree", "agrees", "agreeing", "committed", "commit", "commits",
            "pledged", "pledge", "pledges", "undertook", "undertake", "undertakes", "promised", "promise", "vowed");
    private static final Set<String> MODALS = Words.of("will", "shall");
    private static final Set<String> RELATIVES = Words.of("which", "who", "whose");
    /** Subjects that stand for the parties together. */
    private static final Set<String> COLLECTIVE = Words.of("sides", "parties", "both", "two", "they", "partners", "signatories");
    /** First words of a phrase that hedges ("agreed to consider", "will explore") or states rather than undertakes ("will be"). */
    private static final Set<String> HEDGED_VERBS = Words.of("consider", "explore", "study", "discuss", "examine", "seek", "try",
            "look", "review", "assess", "not", "never", "be", "have", "become");
    /** Words that end the phrase of an undertaking. */
    private static final Set<String> ENDS = Words.of(".", ";", ":", "(", "which", "while", "whereas", "but", "\u2014", "said",
            "according", "added", "noted", "stated", "told", "says", "adds");
    /** Common verbs of undertakings, where a coordinated list splits into one commitment each. */
    private static final Set<String> VERBS = Words.of("support", "hold", "promote", "organise", "organize", "establish", "set",
            "share", "exchange", "send", "host", "develop", "strengthen", "expand", "encourage", "facilitate", "provide",
            "create", "open", "build", "invest", "train", "cooperate", "collaborate", "conduct", "launch", "help", "assist",
            "increase", "boost", "carry", "work", "participate", "attend", "arrange", "introduce", "implement", "foster",
            "enhance", "deepen", "invite", "dispatch", "jointly", "also", "offer", "connect", "accept", "welcome", "step",
            "improve", "deliver", "form", "run", "advance", "pursue", "match", "coordinate", "mobilise", "mobilize");
    private static final Set<String> INTRO_CUES = Words.of("agreed", "agree", "agrees", "will", "shall", "commit", "commits",
            "committed", "commitments", "pledged", "undertake", "undertook", "following", "include", "includes");
    private static final Set<String> LIST_MARKS = Words.of("-", "\u2022", "*", "\u00B7", "\u25CF", "\u2013");
    private static final int SENTENCES_AFTER = 6;
    private static final int MAX_WORDS = 14;

    private AgreementCommitments() {
    }

    /** The commitments of the agreement read in sentence {@code s} between {@code parties}. */
    static List<Commitment> of(DocumentView view, Sentence s, List<EntityRef> parties) {
        List<Commitment> out = new ArrayList<>();
        int last = Math.min(view.sentences.size() - 1, s.index() + SENTENCES_AFTER);
        for (int k = s.index(); k <= last; k++) {
            Sentence sentence = view.sentences.get(k);
            if (k > s.index() && startsAnotherAgreement(view, sentence)) {
                break;
            }
            if (isListItem(view, sentence)) {
                listItem(view, sentence, parties, s.index()).ifPresent(out::add);
            } else {
                inClauses(view, sentence, parties, out);
            }
        }
        return out;
    }

    /** "the two sides agreed to A and B", "Osaka will C": the undertakings of a sentence. */
    private static void inClauses(DocumentView view, Sentence s, List<EntityRef> parties, List<Commitment> out) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String f = view.f(i);
            int from = PLEDGES.contains(f) && view.f(i + 1).equals("to") ? i + 2 : MODALS.contains(f) ? i + 1 : -1;
            if (from < 0 || view.f(from).equals(":") || from >= s.endToken()) {
                continue;
            }
            Optional<String> owner = owner(view, s, i, parties);
            if (owner.isEmpty() || HEDGED_VERBS.contains(view.f(from)) || Hedges.of(view, s, i, i - s.firstToken()) != Hedges.Status.ASSERTED) {
                continue;
            }
            phrases(view, s, from, owner.get(), out);
        }
    }

    /** Who undertakes what the trigger at {@code trigger} opens: both, one party, or nobody of the agreement. */
    private static Optional<String> owner(DocumentView view, Sentence s, int trigger, List<EntityRef> parties) {
        int start = clauseStart(view, s, trigger);
        if (RELATIVES.contains(view.f(start)) && start - 1 > s.firstToken()) {
            // "engineers from A, which has helped B, will ...": the subject is before the relative clause
            start = clauseStart(view, s, start - 1);
        }
        if (view.f(trigger).equals("agreeing")) {
            // "signed an MOU, agreeing to ...": the signing's own parties
            return Optional.of(Commitment.BOTH);
        }
        List<DocumentView.Actor> actors = view.actors(s, start, trigger);
        if (actors.isEmpty()) {
            for (int k = start; k < trigger; k++) {
                if (COLLECTIVE.contains(view.f(k))) {
                    return Optional.of(Commitment.BOTH);
                }
            }
            return Optional.empty();
        }
        List<String> named = actors.stream().map(a -> partyNamed(a.ref(), parties)).flatMap(Optional::stream).distinct().toList();
        if (named.size() != actors.size()) {
            return Optional.empty();
        }
        return Optional.of(named.size() == 1 ? named.get(0) : Commitment.BOTH);
    }

    private static int clauseStart(DocumentView view, Sentence s, int before) {
        int start = before - 1;
        while (start > s.firstToken() && !view.f(start - 1).equals(",") && !view.f(start - 1).equals("that")) {
            start--;
        }
        return start;
    }

    private static Optional<String> partyNamed(EntityRef actor, List<EntityRef> parties) {
        return parties.stream().map(EntityRef::name)
                .filter(p -> p.equalsIgnoreCase(actor.name()) || p.startsWith(actor.name() + " ") || actor.name().startsWith(p + " "))
                .findFirst();
    }

    /** The coordinated verb phrases from {@code from}: "support A at B and hold C" gives two. */
    private static void phrases(DocumentView view, Sentence s, int from, String owner, List<Commitment> out) {
        int start = from;
        int i = from;
        while (i < s.endToken() && !ENDS.contains(view.f(i))) {
            boolean joint = view.f(i).equals("and") || view.f(i).equals(",");
            int next = view.f(i).equals(",") && view.f(i + 1).equals("and") ? i + 2 : i + 1;
            if (joint && i > start && VERBS.contains(view.f(next))) {
                add(view, start, i, owner, out);
                start = next;
                i = next;
                continue;
            }
            i++;
        }
        add(view, start, i, owner, out);
    }

    private static void add(DocumentView view, int start, int end, String owner, List<Commitment> out) {
        int stop = withoutSpeaker(view, start, Math.min(end, start + MAX_WORDS));
        while (stop > start && (view.f(stop - 1).equals(",") || view.f(stop - 1).equals("and"))) {
            stop--;
        }
        if (stop > start && view.token(start).isWord()) {
            Span span = new Span(view.token(start).start(), view.token(stop - 1).end());
            out.add(new Commitment(owner, view.text(start, stop), span));
        }
    }

    /** "host a seminar in June, Tanaka added": the phrase without the name of who said it. */
    private static int withoutSpeaker(DocumentView view, int start, int end) {
        int comma = end - 1;
        while (comma > start && view.token(comma).isCapitalized()) {
            comma--;
        }
        return comma > start && comma < end - 1 && view.f(comma).equals(",") ? comma : end;
    }

    /** An item under "Both sides will:" or "The MOU commits the parties to:". */
    private static Optional<Commitment> listItem(DocumentView view, Sentence item, List<EntityRef> parties, int agreementSentence) {
        int k = item.index() - 1;
        while (k >= 0 && isListItem(view, view.sentences.get(k))) {
            k--;
        }
        if (k < agreementSentence) {
            return Optional.empty();
        }
        Sentence intro = view.sentences.get(k);
        int cue = view.find(intro, intro.firstToken(), INTRO_CUES);
        if (!view.f(intro.endToken() - 1).equals(":") || cue < 0 || Hedges.of(view, intro, cue, cue - intro.firstToken())
                != Hedges.Status.ASSERTED) {
            return Optional.empty();
        }
        String owner = owner(view, intro, cue, parties).orElse(Commitment.BOTH);
        int start = item.firstToken() + 1;
        int end = item.endToken();
        while (end > start && (view.f(end - 1).equals(".") || view.f(end - 1).equals(";"))) {
            end--;
        }
        if (end <= start || HEDGED_VERBS.contains(view.f(start))) {
            return Optional.empty();
        }
        List<Commitment> one = new ArrayList<>();
        add(view, start, end, owner, one);
        return one.stream().findFirst();
    }

    /** A new agreement, not "the memorandum" retold ("the mayors signed the memorandum"). */
    private static boolean startsAnotherAgreement(DocumentView view, Sentence s) {
        return view.agreementsIn(s).stream().anyMatch(c -> !c.definite());
    }

    private static boolean isListItem(DocumentView view, Sentence s) {
        return LIST_MARKS.contains(view.token(s.firstToken()).text());
    }
}
