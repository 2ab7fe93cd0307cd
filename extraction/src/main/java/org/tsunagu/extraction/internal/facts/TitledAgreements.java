package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.mention.ShortReference;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.time.PartialDate;

/**
 * Background agreements listed by title with their years: "The two regions ... through agreements such as
 * the Memorandum of Understanding on Port Cooperation (1998) and the Agreement on Youth Exchange (2006)".
 * Each title with a bracketed year is one agreement of that year between the pair the clause is about,
 * a "the two regions" of this sentence or the one before; without such a pair there is none.
 */
final class TitledAgreements {

    private static final Set<String> LIST_NOUNS = Words.of("agreements", "memoranda", "mous", "accords", "documents");
    private static final Set<String> INTRODUCERS = Words.of("such", "including", "like");
    private static final Set<String> TITLE_NOUNS = Words.of("memorandum", "agreement", "accord", "protocol");
    private static final Set<String> SUBJECT_WORDS = Words.of("on", "for", "concerning", "regarding");
    /** How far before the list its "the two regions" may stand: the sentence before. */
    private static final int SENTENCES_BEFORE = 1;
    /** How far before the list a hedge word ("plan", "hope") may stand. */
    private static final int HEDGE_REACH = 8;

    private TitledAgreements() {
    }

    static List<AgreementReader.Candidate> in(DocumentView view, Sentence s) {
        int list = listStart(view, s);
        if (list < 0) {
            return List.of();
        }
        List<EntityRef> pair = pairAbout(view, s);
        if (pair.isEmpty()) {
            return List.of();
        }
        Hedges.Status status = Hedges.of(view, s, list, HEDGE_REACH);
        List<AgreementReader.Candidate> out = new ArrayList<>();
        for (int i = list; i < s.endToken(); i++) {
            if (!view.token(i).isCapitalized() || !TITLE_NOUNS.contains(view.f(i))) {
                continue;
            }
            int nounEnd = view.f(i).equals("memorandum") && view.f(i + 1).equals("of") ? i + 3 : i + 1;
            int end = DocumentTitles.end(view, s, i, nounEnd);
            PartialDate year = end < 0 ? null : bracketedYear(view, end);
            if (year == null) {
                continue;
            }
            AgreementKind kind = AgreementReader.kind(view, s, i, end, false);
            out.add(new AgreementReader.Candidate(s, i, end, -1, kind, pair, List.of(), year, subject(view, nounEnd, end),
                    status, false, true, false));
            i = end;
        }
        return out;
    }

    /** Where "agreements such as" or "memoranda including" ends, or -1. */
    private static int listStart(DocumentView view, Sentence s) {
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            if (LIST_NOUNS.contains(view.f(i)) && INTRODUCERS.contains(view.f(i + 1))) {
                return view.f(i + 1).equals("such") ? i + 3 : i + 2;
            }
        }
        return -1;
    }

    /** The two places or bodies a "the two regions" or "both cities" of this sentence or the one before stands for. */
    private static List<EntityRef> pairAbout(DocumentView view, Sentence s) {
        for (int k = s.index(); k >= Math.max(0, s.index() - SENTENCES_BEFORE); k--) {
            for (ShortReference r : view.referencesIn(view.sentences.get(k))) {
                if (r.referents().size() == 2 && r.referents().stream().allMatch(Mention::isActor)) {
                    return r.referents().stream().map(view::ref).toList();
                }
            }
        }
        return List.of();
    }

    /** "(1998)" right after the title. */
    private static PartialDate bracketedYear(DocumentView view, int end) {
        String year = view.f(end + 1);
        boolean isYear = year.length() == 4 && year.chars().allMatch(Character::isDigit);
        return view.f(end).equals("(") && isYear && view.f(end + 2).equals(")") ? PartialDate.ofYear(Integer.parseInt(year)) : null;
    }

    /** "on Port Cooperation" in the title: its field, "port cooperation". */
    private static List<String> subject(DocumentView view, int nounEnd, int end) {
        if (!SUBJECT_WORDS.contains(view.f(nounEnd)) || end <= nounEnd + 1) {
            return List.of();
        }
        StringBuilder field = new StringBuilder();
        for (int i = nounEnd + 1; i < end; i++) {
            field.append(i > nounEnd + 1 ? " " : "").append(view.token(i).text().toLowerCase(Locale.ROOT));
        }
        return List.of(field.toString());
    }
}
