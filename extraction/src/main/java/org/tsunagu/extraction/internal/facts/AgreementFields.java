package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * The sectors an agreement covers, as short lower-case phrases: the list after "an MOU on", "to
 * cooperate in", "cooperation in", "partners in", "covering", "such as", "to promote" and their
 * kin, in the agreement's sentence or, when it names none, in the next two sentences ("The
 * agreement covers A, B and C", "extending their cooperation to A and B"). "the supply of A, B and
 * C" gives the supply and its goods; "cultural and sports exchange" gives both exchanges.
 */
final class AgreementFields {

    /** Words after which a list of sectors begins. */
    private static final Set<String> LEADS = Words.of("covering", "covers", "cover", "including", "adding", "promote", "promoting",
            "expand", "expanding", "boost", "deepen", "strengthen", "support", "encourage", "develop", "extend", "extends",
            "extending");
    /** Nouns and verbs after which "in" or "on" opens the list: "cooperation in", "partners in", "to work on". */
    private static final Set<String> BEFORE_IN = Words.of("cooperate", "cooperation", "cooperating", "collaborate",
            "collaboration", "partners", "exchanges", "work", "fields", "areas", "sectors", "field", "area", "sector");
    /** Words that end a phrase: prepositions and the words of a new clause. */
    private static final Set<String> ENDS = Words.of("to", "between", "among", "through", "with", "along", "for", "in", "at", "from",
            "under", "within", "by", "on", "as", "which", "that", "while", "who", "where", "of", "into", "over", "across",
            "respectively", "a", "an", "per", "is", "are", "was", "were", "will", "would", "said", "and", "or", "but");
    /** Prepositions after which the goods or partners of a phrase follow: "supply of A", "trade in B", "between their ports". */
    private static final Set<String> CONTINUES = Words.of("of", "in", "between", "among");
    private static final Set<String> SKIPPED = Words.of("the", "a", "an", "their", "its", "our", "both", "each", "other", "such",
            "this", "these", "those", "all", "new", "closer", "mutual", "bilateral", "further", "various");
    /** Phrases that say only that the sides cooperate, not in what. */
    private static final Set<String> GENERIC = Words.of("cooperation", "cooperative activities", "cooperative relations",
            "friendly", "relations", "ties", "partnership", "friendship", "collaboration", "development",
            "international development", "exchanges", "areas", "fields", "sectors", "the areas");
    /** Words in -ing that name a sector rather than an action ("shipbuilding", "matching"). */
    private static final Set<String> SECTORS_IN_ING = Words.of("manufacturing", "farming", "shipbuilding", "marketing", "processing",
            "recycling", "training", "engineering", "packaging", "matching", "housing", "banking", "clothing", "catering",
            "mentoring", "financing", "planning", "funding", "sightseeing", "building", "printing", "mining", "fishing",
            "shipping", "trading", "consulting", "sharing", "networking", "nursing", "ageing", "aging", "computing");
    private static final int MAX_WORDS = 5;
    private static final int SENTENCES_AFTER = 2;

    private AgreementFields() {
    }

    /** Whether a word in -ing names an action ("setting", "buying") rather than a sector ("farming"). */
    static boolean isAction(String folded) {
        return folded.endsWith("ing") && !SECTORS_IN_ING.contains(folded);
    }

    /** The sectors of the agreement whose noun ends at token {@code nounEnd} of sentence {@code s}. */
    static List<String> of(DocumentView view, Sentence s, int nounEnd) {
        List<String> fields = afterNoun(view, s, nounEnd);
        if (fields.isEmpty()) {
            fields = inSentence(view, s, nounEnd);
        }
        for (int k = s.index() + 1; fields.isEmpty() && k <= Math.min(view.sentences.size() - 1, s.index() + SENTENCES_AFTER); k++) {
            Sentence next = view.sentences.get(k);
            fields = inSentence(view, next, next.firstToken());
        }
        return fields;
    }

    /** "an MOU on hydrogen energy", "an agreement (MOA) for the supply of rice". */
    private static List<String> afterNoun(DocumentView view, Sentence s, int nounEnd) {
        int i = nounEnd;
        while (i < s.endToken() && (view.f(i).equals("(") || view.f(i).equals(")") || view.token(i).isAcronym())) {
            i++;
        }
        int partnerEnd = view.structure(s).attachment("with", i, 1).map(a -> a.names().endToken()).orElse(i);
        if (partnerEnd > i && (view.f(partnerEnd).equals("on") || view.f(partnerEnd).equals("in"))) {
            // "signed an MoU with B on trade and tourism": the topic after the partner
            i = partnerEnd;
        }
        boolean pactOf = view.f(nounEnd - 1).equals("pact") && view.f(i).equals("of") && i == nounEnd;
        boolean cue = i + 1 < s.endToken() && (view.f(i).equals("on") || view.f(i).equals("for") || pactOf
                || i == partnerEnd && i > nounEnd && view.f(i).equals("in")) && !startsDate(view, s, i + 1);
        return cue ? list(view, s, i + 1) : List.of();
    }

    /** "signed an MOU on 1 June": a date, not a topic. */
    private static boolean startsDate(DocumentView view, Sentence s, int i) {
        return view.datesIn(s).stream().anyMatch(d -> d.firstToken() == i);
    }

    /** The first list a cue opens from token {@code from} on. */
    private static List<String> inSentence(DocumentView view, Sentence s, int from) {
        for (int k = from; k + 1 < s.endToken(); k++) {
            int start = listStart(view, k);
            if (start > 0) {
                List<String> found = list(view, s, start);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** Where a list begins after a cue at token {@code k}, or -1. */
    private static int listStart(DocumentView view, int k) {
        String f = view.f(k);
        String next = view.f(k + 1);
        if (f.equals("such") && next.equals("as")) {
            return k + 2;
        }
        if (BEFORE_IN.contains(f) && (next.equals("in") || next.equals("on"))) {
            return k + 2;
        }
        if (f.equals("fields") || f.equals("areas") || f.equals("sectors")) {
            return next.equals("of") ? k + 2 : -1;
        }
        return LEADS.contains(f) ? k + 1 : -1;
    }

    /** The phrases of a list from token {@code from}: "A, B and C", each phrase followed by its goods after "of". */
    static List<String> list(DocumentView view, Sentence s, int from) {
        List<String> out = new ArrayList<>();
        int i = from;
        boolean last = false;
        int pendingAdjective = -1;
        while (i < s.endToken()) {
            while (i < s.endToken() && (SKIPPED.contains(view.f(i)) || view.f(i + 1).equals("'s"))) {
                i += view.f(i + 1).equals("'s") ? 2 : 1;
            }
            while (i < s.endToken() && (view.token(i).isNumber() || view.f(i).equals(",") && view.token(i + 1).isNumber())) {
                i++;
            }
            if (i > from && view.token(i - 1).isNumber() && view.f(i + 1).equals("of")) {
                // "20,000 tonnes of fragrant rice": the goods, not their measure
                i += 2;
            }
            if (view.f(i).endsWith("ing") && !SECTORS_IN_ING.contains(view.f(i)) && view.token(i + 1).isWord()) {
                // "on distributing Korean food": what is distributed
                i++;
            }
            int start = i;
            while (i < s.endToken() && (view.token(i).isWord() || isInnerHyphen(view, i)) && !ENDS.contains(view.f(i))
                    && !(view.f(i).equals("such") && view.f(i + 1).equals("as"))) {
                i++;
            }
            String phrase = phrase(view, start, i);
            if (phrase != null && !GENERIC.contains(phrase) && SectorPhrases.isSector(view, s, start, i)) {
                if (pendingAdjective >= 0 && phrase.contains(" ")) {
                    // "green and resilient supply chains": the adjective shares the rest of the phrase
                    out.set(pendingAdjective, out.get(pendingAdjective) + phrase.substring(phrase.indexOf(' ')));
                }
                out.add(phrase);
            }
            pendingAdjective = phrase != null && !phrase.contains(" ") && view.f(i).equals("and") ? out.size() - 1 : -1;
            String f = view.f(i);
            boolean generic = phrase != null && GENERIC.contains(phrase);
            boolean goodsFollow = f.equals("of") || f.equals("in");
            if (i > start && f.equals("such") && view.f(i + 1).equals("as")) {
                // "various fields such as A and B": the list is after "such as"
                i += 2;
                continue;
            }
            if (i > start && (goodsFollow || generic && (CONTINUES.contains(f) || f.equals("to")))) {
                i++;
                continue;
            }
            if (last || i == start) {
                break;
            }
            if (f.equals("and") || f.equals(",") && view.f(i + 1).equals("and")) {
                last = true;
                i += f.equals(",") ? 2 : 1;
            } else if (f.equals(",")) {
                i++;
            } else {
                break;
            }
        }
        return out;
    }

    /** The lower-cased words of [start, end), or null when they hold no lower-case word or are too long to be a sector. */
    private static String phrase(DocumentView view, int start, int end) {
        boolean lower = false;
        int words = 0;
        for (int k = start; k < end; k++) {
            lower |= view.token(k).isWord() && !view.token(k).isCapitalized();
            words += view.token(k).isWord() ? 1 : 0;
        }
        if (!lower || words > MAX_WORDS) {
            return null;
        }
        return view.text(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isInnerHyphen(DocumentView view, int i) {
        return view.f(i).equals("-") && view.token(i - 1).isWord() && i + 1 < view.tokens.size() && view.token(i + 1).isWord();
    }
}
