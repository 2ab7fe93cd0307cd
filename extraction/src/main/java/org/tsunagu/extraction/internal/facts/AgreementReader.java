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
 * "partner city agreement", "letter of intent", "supply contract") with a signing verb, its kind,
 * date and fields, its parties ({@link AgreementParties}) and signatories ({@link Signatories}),
 * and whether the signing is asserted, hoped for or denied.
 */
final class AgreementReader {

    record Candidate(Sentence sentence, int trigger, int triggerEnd, int verb, AgreementKind kind, List<EntityRef> parties,
            List<EntityRef> signatories, PartialDate date, List<String> fields, Hedges.Status status, boolean plural,
            boolean viaReference, boolean definite) {
    }

    private static final Set<String> NOUNS = Set.of("memorandum", "mou", "moc", "agreement", "agreements", "pact",
            "protocol", "contract", "accord", "loi", "mous");

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
            int end = nounEnd(view, s, i);
            if (end < 0 || insideName(view, s, i) || i > s.firstToken() && view.f(i - 1).equals("(")
                    || !out.isEmpty() && i - out.get(out.size() - 1).triggerEnd() < 4) {
                continue;
            }
            AgreementKind kind = kind(view, s, i, end, end - i == 3 && !f.equals("memorandum"));
            int v = nearestVerb(view, s, i);
            Hedges.Status status = Hedges.of(view, s, v, 8);
            List<DocumentView.Actor> parties = AgreementParties.of(view, s, i, end, v);
            boolean viaReference = parties.stream().anyMatch(DocumentView.Actor::viaReference);
            List<EntityRef> refs = new ArrayList<>();
            for (DocumentView.Actor a : parties) {
                if (refs.stream().noneMatch(r -> Names.same(r.name(), a.ref().name()))) {
                    refs.add(a.ref());
                }
            }
            DateMention date = view.nearestDate(s, v);
            PartialDate when = date != null && date.resolved() ? date.date() : view.storyDateBefore(s);
            for (DocumentView.Actor a : parties) {
                // "signed a friendship agreement with Fukuoka (2008)": the year given beside the partner
                PartialDate beside = a.firstToken() > i ? TieDates.parenthesisedDate(view, s, a.endToken()) : null;
                when = beside != null ? beside : when;
            }
            if (when == null && view.holdsDateline(s)) {
                // the lede of a dated story reports what happened on its date
                when = view.documentDate.orElse(null);
            }
            out.add(new Candidate(s, i, end, v, kind, refs, Signatories.of(view, s, v), when, fields(view, s, end),
                    status, f.endsWith("s") && !f.equals("mous") ? true : f.equals("mous"), viaReference,
                    definite(view, s, i) || refs.size() < 2 && namedBefore(view, s, i)));
            i = end;
        }
        return out;
    }

    /**
     * The end of the document's name starting at token i ("memorandum of understanding", "letter of intent",
     * "record of discussions", "MOU", "partnership" as what was signed), or -1.
     */
    private static int nounEnd(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (f.equals("letter") || f.equals("record")) {
            String object = f.equals("letter") ? "intent" : "discussions";
            return i + 2 < s.endToken() && view.f(i + 1).equals("of") && view.f(i + 2).equals(object) ? i + 3 : -1;
        }
        if (f.equals("partnership")) {
            return signedObject(view, s, i) ? i + 1 : -1;
        }
        if (!NOUNS.contains(f) || f.equals("agreement") && i > 0 && view.f(i - 1).equals("framework")) {
            return -1;
        }
        return f.equals("memorandum") && i + 2 < s.endToken() && view.f(i + 1).equals("of") ? i + 3 : i + 1;
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
            if (SigningVerbs.at(view, i) && (best < 0 || Math.abs(i - noun) < Math.abs(best - noun))) {
                best = i;
            }
        }
        return best;
    }

    private static AgreementKind kind(DocumentView view, Sentence s, int noun, int end, boolean letterOrRecord) {
        String f = view.f(noun);
        if (f.equals("memorandum") || f.equals("mou") || f.equals("moc") || f.equals("mous")) {
            return AgreementKind.MOU;
        }
        if (letterOrRecord || f.equals("contract") || f.equals("loi")) {
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
