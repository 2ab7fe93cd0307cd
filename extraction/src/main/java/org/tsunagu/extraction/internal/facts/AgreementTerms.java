package org.tsunagu.extraction.internal.facts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.fact.AgreementTerm;

/**
 * How long an agreement runs, read in its sentence or the next two: a length after "for" ("valid
 * for five years", "extended for another ten years", "for a period of three years"), a length
 * before the agreement's noun ("a five-year MOU") or an end date ("valid until 2030", "expires in
 * 2028"). An end date after "until" counts only after a word of validity ("remains in force until"), so
 * that an event that "runs until Friday" gives none. A length after "for" counts only in a clause that speaks of a term ("valid", "runs",
 * "extended", "period" ...), so that "friends for thirty years" is no term.
 */
final class AgreementTerms {

    private static final Map<String, Integer> NUMBER_WORDS = Words.map(Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50)));
    private static final Set<String> YEARS = Words.of("year", "years");
    private static final Set<String> MONTHS = Words.of("month", "months");
    /** Words of a clause that gives a term rather than a history ("valid for", "runs for", "a period of"). */
    private static final Set<String> TERM_CUES = Words.of("valid", "validity", "effective", "run", "runs", "running", "last",
            "lasts", "extend", "extends", "extended", "extending", "renew", "renews", "renewed", "renewing", "term", "period",
            "force", "duration", "remain", "remains", "another", "further", "additional", "expire", "expires");
    /** Words that say the agreement continues an earlier one. */
    private static final Set<String> RENEWAL_CUES = Words.of("another", "further", "additional", "extend", "extends", "extended",
            "extending", "renew", "renews", "renewed", "renewing", "renewal", "extension");
    /** Nouns a length before which is the agreement's term: "a five-year MOU", "a two-year term". */
    private static final Set<String> TERM_NOUNS = Words.of("mou", "mous", "memorandum", "agreement", "agreements", "pact", "deal",
            "contract", "term", "period", "partnership", "accord", "extension", "renewal", "moa");
    /** Words after which a date ends the agreement: "expires in 2028", or with a word of validity before, "valid until 2030". */
    private static final Set<String> EXPIRES = Words.of("expires", "expire", "expiring");
    private static final Set<String> UNTIL = Words.of("until", "till", "through");
    /** Words that make "until" a term's end rather than an event's ("runs until Friday"). */
    private static final Set<String> VALIDITY = Words.of("valid", "effective", "force", "effect", "remain", "remains", "expire",
            "expires", "term", "period", "extended", "renewed");
    private static final int VALIDITY_WINDOW = 3;
    /** Words between a length and "for" that keep it a term: "for another ten years", "for a period of five years". */
    private static final Set<String> BETWEEN = Words.of("another", "a", "further", "an", "additional", "period", "of", "the", "next");
    private static final int SENTENCES_AFTER = 2;

    private AgreementTerms() {
    }

    /** The term of the agreement read in sentence {@code s}, if it or one of the next two sentences gives it. */
    static Optional<AgreementTerm> of(DocumentView view, Sentence s) {
        int last = Math.min(view.sentences.size() - 1, s.index() + SENTENCES_AFTER);
        for (int k = s.index(); k <= last; k++) {
            Sentence sentence = view.sentences.get(k);
            if (k > s.index() && startsAnotherAgreement(view, sentence)) {
                // another agreement begins: its term is its own
                return Optional.empty();
            }
            Optional<AgreementTerm> term = in(view, sentence);
            if (term.isPresent()) {
                return term;
            }
        }
        return Optional.empty();
    }

    private static Optional<AgreementTerm> in(DocumentView view, Sentence s) {
        boolean renewal = view.contains(s, RENEWAL_CUES);
        boolean speaksOfTerm = view.contains(s, TERM_CUES);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            int count = count(view, i);
            if (count > 0 && view.f(i + 1).equals("-") && isUnit(view, i + 2) && TERM_NOUNS.contains(view.f(i + 3))) {
                return Optional.of(length(view, count, i + 2, i, i + 3, renewal));
            }
            if (count > 0 && isUnit(view, i + 1) && speaksOfTerm && afterFor(view, s, i)) {
                return Optional.of(length(view, count, i + 1, i, i + 2, renewal));
            }
            if (EXPIRES.contains(view.f(i)) || UNTIL.contains(view.f(i)) && validityBefore(view, s, i)) {
                Optional<AgreementTerm> end = endDate(view, s, i, renewal);
                if (end.isPresent()) {
                    return end;
                }
            }
        }
        return Optional.empty();
    }

    /** A new agreement, not "the memorandum" retold ("the mayors signed the memorandum"). */
    private static boolean startsAnotherAgreement(DocumentView view, Sentence s) {
        return view.agreementsIn(s).stream().anyMatch(c -> !c.definite());
    }

    /** Whether "for" opens the phrase of the length at token {@code i}: "for five", "for another ten", "for a period of three". */
    private static boolean afterFor(DocumentView view, Sentence s, int i) {
        int k = i - 1;
        while (k > s.firstToken() && BETWEEN.contains(view.f(k))) {
            k--;
        }
        return view.f(k).equals("for");
    }

    private static boolean validityBefore(DocumentView view, Sentence s, int until) {
        for (int k = until - 1; k >= Math.max(s.firstToken(), until - VALIDITY_WINDOW); k--) {
            if (VALIDITY.contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    /** "valid until 2030", "expires in March 2029", "runs through the end of 2027". */
    private static Optional<AgreementTerm> endDate(DocumentView view, Sentence s, int cue, boolean renewal) {
        for (DateMention d : view.datesIn(s)) {
            int gap = d.firstToken() - cue;
            if (gap >= 1 && gap <= 4 && d.date() != null) {
                Span span = new Span(view.token(cue).start(), view.token(d.endToken() - 1).end());
                return Optional.of(AgreementTerm.until(d.end() != null ? d.end() : d.date(), renewal, span));
            }
        }
        return Optional.empty();
    }

    private static AgreementTerm length(DocumentView view, int count, int unit, int first, int end, boolean renewal) {
        Span span = new Span(view.token(first).start(), view.token(end - 1).end());
        return YEARS.contains(view.f(unit)) ? AgreementTerm.ofLength(count, 0, renewal, span)
                : AgreementTerm.ofLength(0, count, renewal, span);
    }

    private static boolean isUnit(DocumentView view, int i) {
        return YEARS.contains(view.f(i)) || MONTHS.contains(view.f(i));
    }

    /** The small count at token {@code i}, in digits or words, or 0. */
    private static int count(DocumentView view, int i) {
        String f = view.f(i);
        if (view.token(i).isNumber() && f.length() <= 2 && f.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(f);
        }
        return NUMBER_WORDS.getOrDefault(f, 0);
    }
}
