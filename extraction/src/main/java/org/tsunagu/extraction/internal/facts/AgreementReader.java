package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.time.PartialDate;

/**
 * Finds signed documents in a sentence: an agreement noun ("memorandum of understanding", "MOC",
 * "partner city agreement", "letter of intent", "supply contract") with a signing verb, its kind,
 * date and fields, its parties ({@link AgreementParties}) and signatories ({@link Signatories}),
 * and whether the signing is asserted, hoped for or denied.
 */
final class AgreementReader {

    record Candidate(Sentence sentence, int trigger, int triggerEnd, int verb, AgreementKind kind, List<EntityRef> parties,
            List<EntityRef> signatories, PartialDate date, List<String> fields, Hedges.Status status, boolean plural,
            boolean viaReference, boolean definite) {

        Candidate withParties(List<EntityRef> others) {
            return others.equals(parties) ? this : new Candidate(sentence, trigger, triggerEnd, verb, kind, others, signatories,
                    date, fields, status, plural, viaReference, definite);
        }
    }

    static final Set<String> NOUNS = Words.of("memorandum", "mou", "moc", "agreement", "agreements", "pact",
            "protocol", "contract", "accord", "loi", "mous");

    /** "an investment agreement", "a supply agreement": a commercial deal, not a cooperation agreement. */
    private static final Set<String> COMMERCIAL = Words.of("investment", "supply", "loan", "lease", "purchase", "sales",
            "licensing", "licence", "license", "procurement");

    private static final Set<String> EXCHANGES = Words.of("exchange", "exchanges");
    private static final Set<String> GENERAL_SUBJECTS = Words.of("cooperation", "friendship", "understanding", "the", "a",
            "an", "mutual", "comprehensive", "strategic");
    private static final Set<String> BUILD = Words.of("build", "invest", "construct", "open");
    /** How far after the agreement noun "to build" may follow: past its partner ("with the X Zone"). */
    private static final int BUILD_REACH = 10;
    /** How far before the document's name a purpose's "to" may stand: "to forge a new partnership agreement". */
    private static final int PURPOSE_REACH = 5;

    private AgreementReader() {
    }

    static List<Candidate> read(DocumentView view, Sentence s) {
        List<Candidate> out = new ArrayList<>();
        int verb = SigningVerbs.first(view, s, s.firstToken());
        if (verb < 0) {
            return out;
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String f = view.f(i);
            int nounEnd = nounEnd(view, s, i);
            int end = nounEnd < 0 ? -1 : DocumentTitles.end(view, s, i, nounEnd);
            if (end < 0 || i > s.firstToken() && view.f(i - 1).equals("(")
                    || !out.isEmpty() && i - out.get(out.size() - 1).triggerEnd() < 4) {
                continue;
            }
            AgreementKind kind = kind(view, s, i, end, end - i == 3 && !f.equals("memorandum"));
            int v = nearestVerb(view, s, i);
            Hedges.Status status = isDraft(view, i) || purposeOfSigning(view, s, i, v) ? Hedges.Status.PROPOSED
                    : SigningModality.of(view, s, v);
            List<DocumentView.Actor> parties = AgreementParties.of(view, s, i, end, v);
            boolean viaReference = parties.stream().anyMatch(DocumentView.Actor::viaReference);
            List<EntityRef> refs = new ArrayList<>();
            for (DocumentView.Actor a : parties) {
                Names.addUnlessSameBody(refs, a.ref());
            }
            DateMention date = view.nearestDate(s, v);
            PartialDate story = view.storyDateBefore(s);
            // a date carried over from earlier sentences that lies after the article's own says nothing of this signing
            PartialDate when = date != null && date.resolved() ? date.date() : view.isAhead(story) ? null : story;
            for (DocumentView.Actor a : parties) {
                // "signed a friendship agreement with Fukuoka (2008)": the year given beside the partner
                PartialDate beside = a.firstToken() > i ? TieDates.parenthesisedDate(view, s, a.endToken()) : null;
                when = beside != null ? beside : when;
            }
            List<PartialDate> own = AgreementYears.of(view, s, end);
            if (!own.isEmpty()) {
                when = own.get(0);
            }
            if (when == null && view.holdsDateline(s)) {
                // the lede of a dated story reports what happened on its date
                when = view.documentDate.orElse(null);
            }
            boolean plural = f.endsWith("s") && !f.equals("mous") || f.equals("mous");
            boolean definite = definite(view, s, i) || refs.size() < 2 && namedBefore(view, s, i);
            List<EntityRef> signatories = Signatories.of(view, s, v);
            if (f.equals("deal") && refs.size() < 2 && signatories.isEmpty()) {
                // "also inked an investment deal with X": a deal, a word of business news, only when the sentence says who signed
                i = end;
                continue;
            }
            List<String> fields = AgreementFields.of(view, s, end);
            if (plural && own.size() > 1) {
                // "concluded MoUs in 1994, 2000 and 2018": one memorandum for each year
                for (PartialDate year : own) {
                    out.add(new Candidate(s, i, end, v, kind, refs, signatories, year, fields, status, false, viaReference,
                            definite));
                }
            } else {
                out.add(new Candidate(s, i, end, v, kind, refs, signatories, when, fields, status, plural, viaReference,
                        definite));
            }
            i = end;
        }
        return out;
    }

    /**
     * The end of the document's name starting at token i ("memorandum of understanding", "letter of intent",
     * "declaration of intent", "record of discussions", "MOU", "partnership" as what was signed), or -1.
     */
    private static int nounEnd(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (f.equals("letter") || f.equals("record") || f.equals("declaration")) {
            String object = f.equals("record") ? "discussions" : "intent";
            return i + 2 < s.endToken() && view.f(i + 1).equals("of") && view.f(i + 2).equals(object) ? i + 3 : -1;
        }
        if (f.equals("partnership")) {
            // "concluded a partnership agreement": the document is the agreement the partnership names
            return NOUNS.contains(view.f(i + 1)) && i + 1 < s.endToken() ? i + 2 : signedObject(view, s, i) ? i + 1 : -1;
        }
        if (f.equals("deal")) {
            // "inked an investment deal": a deal is a document only when a commercial word says which
            return COMMERCIAL.contains(view.f(i - 1)) ? i + 1 : -1;
        }
        if (!NOUNS.contains(f)) {
            return -1;
        }
        return f.equals("memorandum") && i + 2 < s.endToken() && view.f(i + 1).equals("of") ? i + 3 : i + 1;
    }

    /** "a draft MOU", "the draft cooperation agreement": a text still to be agreed, whatever is done with it. */
    private static boolean isDraft(DocumentView view, int noun) {
        return view.f(noun - 1).equals("draft") || view.f(noun - 2).equals("draft");
    }

    /**
     * "signed an MOU with X to forge a partnership agreement": a document named in the purpose of another's
     * signing is what the signers mean to reach, not a second document signed.
     */
    private static boolean purposeOfSigning(DocumentView view, Sentence s, int noun, int verb) {
        for (int i = noun - 1; i >= Math.max(s.firstToken() + 1, noun - PURPOSE_REACH); i--) {
            if (!view.token(i).isWord() || SigningVerbs.at(view, i)) {
                return false;
            }
            if (view.f(i).equals("to")) {
                return verb >= 0 && verb < i && i + 1 < noun;
            }
        }
        return false;
    }

    /** "signed a green sister city partnership": the noun is the object of the signing verb just before it. */
    private static boolean signedObject(DocumentView view, Sentence s, int noun) {
        for (int i = noun - 1; i >= Math.max(s.firstToken(), noun - 5); i--) {
            if (SigningVerbs.at(view, i)) {
                return true;
            }
            if (!view.token(i).isWord() || view.f(i).equals("to") || view.f(i).equals("with")) {
                return false;
            }
        }
        return false;
    }

    /** "signed the agreement", "signed the MOU": the document named before, not a new one. */
    private static boolean definite(DocumentView view, Sentence s, int noun) {
        for (int i = noun - 1; i >= Math.max(s.firstToken(), noun - 3); i--) {
            String f = view.f(i);
            if (f.equals("the") || f.equals("this")) {
                return i > s.firstToken() && SigningVerbs.at(view, i - 1);
            }
            if (f.equals("a") || f.equals("an") || SigningVerbs.at(view, i)) {
                return false;
            }
        }
        return false;
    }

    /** "The MoU was signed by ...": with no parties in its sentence, "the" document is one named before. */
    private static boolean namedBefore(DocumentView view, Sentence s, int noun) {
        for (int i = noun - 1; i >= Math.max(s.firstToken(), noun - 3); i--) {
            String f = view.f(i);
            if (f.equals("the") || f.equals("this") || f.equals("that")) {
                return true;
            }
            if (f.equals("a") || f.equals("an") || SigningVerbs.at(view, i)) {
                return false;
            }
        }
        return false;
    }

    private static int nearestVerb(DocumentView view, Sentence s, int noun) {
        int best = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (SigningVerbs.at(view, i) && (best < 0 || Math.abs(i - noun) < Math.abs(best - noun))) {
                best = i;
            }
        }
        return best;
    }

    static AgreementKind kind(DocumentView view, Sentence s, int noun, int end, boolean letterOrRecord) {
        String f = view.f(noun);
        if (f.equals("memorandum") && view.f(noun + 2).equals("agreement")) {
            // "a memorandum of agreement": a binding text of its own kind, not a memorandum of understanding
            return AgreementKind.OTHER;
        }
        if (f.equals("memorandum") || f.equals("mou") || f.equals("moc") || f.equals("mous")) {
            return TieWords.formsCityTie(view, s, noun, end) ? AgreementKind.FRIENDSHIP_AGREEMENT : AgreementKind.MOU;
        }
        if (letterOrRecord || f.equals("contract") || f.equals("loi") || COMMERCIAL.contains(view.f(noun - 1))
                || f.equals("agreement") && toBuild(view, s, end)) {
            return AgreementKind.OTHER;
        }
        if (exchangePact(view, s, end)) {
            return AgreementKind.OTHER;
        }
        for (int i = Math.max(s.firstToken(), noun - 4); i < Math.min(s.endToken(), end + 4); i++) {
            String w = view.f(i);
            if (w.equals("friendship") || w.equals("friendly") || w.equals("sister") || w.equals("partner")
                    || w.equals("twin") || w.equals("twinning") || w.equals("sisterhood")) {
                return AgreementKind.FRIENDSHIP_AGREEMENT;
            }
        }
        return AgreementKind.COOPERATION_AGREEMENT;
    }

    /**
     * "a pact of industrial exchanges": an exchange pact, which founds no tie. "A friendship exchange agreement"
     * is left to the friendship words, as it often founds one.
     */
    private static boolean exchangePact(DocumentView view, Sentence s, int end) {
        if (!view.f(end).equals("of") && !view.f(end).equals("on")) {
            return false;
        }
        if (view.f(end - 1).equals("pact") && view.f(end).equals("of") && view.token(end + 1).isWord()
                && !view.token(end + 1).isCapitalized() && !GENERAL_SUBJECTS.contains(view.f(end + 1))) {
            // "a pact of tourism and culture": a pact for one field of exchange, not a general cooperation agreement
            return true;
        }
        for (int i = end + 1; i < Math.min(s.endToken(), end + 4); i++) {
            if (EXCHANGES.contains(view.f(i))) {
                return true;
            }
            if (!view.token(i).isWord() || view.f(i).equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** "signed an agreement with the Yangpu zone to build a cold storage centre": a deal to build or invest. */
    private static boolean toBuild(DocumentView view, Sentence s, int end) {
        for (int i = end; i < Math.min(s.endToken() - 1, end + BUILD_REACH); i++) {
            if (view.f(i).equals("to") && BUILD.contains(view.f(i + 1))) {
                return true;
            }
            if (view.f(i).equals(",") || view.f(i).equals(";")) {
                return false;
            }
        }
        return false;
    }
}
