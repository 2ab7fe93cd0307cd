package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Quotations near goods that are phrases, not names of product lines: what a vision, slogan or
 * theme says ("with the vision of “...”"), a clause ("We Grow What You Love"), or the name of an
 * event, programme, award or business ("the “Taste of Ehime” fair").
 */
final class QuotedPhrases {

    /** Nouns whose quotation is a phrase of words, not a name: "the vision of “...”", "under the slogan “...”". */
    private static final Set<String> PHRASE_NOUNS = Words.of("vision", "slogan", "slogans", "motto", "theme", "message",
            "campaign", "tagline", "catchphrase", "title");
    /** Words that only a clause has: pronouns, auxiliaries, relatives, "every" ("We Grow What You Love"). */
    private static final Set<String> CLAUSE_WORDS = Words.of("that", "who", "which", "is", "are", "will", "can", "let", "we",
            "you", "your", "our", "us", "every", "each");
    /** Words after a gerund that give it an object or a complement: "Keeping Rivers Clean For All". */
    private static final Set<String> GERUND_COMPLEMENTS = Words.of("for", "to", "with", "into", "the", "a", "all");
    /** Nouns after a quotation that make it the name of something other than goods: a programme or a business. */
    private static final Set<String> NOT_GOODS_HEADS = Words.of("movement", "initiative", "initiatives", "campaign",
            "project", "projects", "programme", "program", "plan", "policy", "strategy", "contest", "competition", "scheme",
            "certification", "restaurant", "restaurants", "cafe", "shop", "shops", "store", "stores", "hotel", "museum",
            "school", "platform", "app", "website", "magazine", "book", "film", "song", "event", "events", "ceremony");
    /** How many lower-case words after a quotation are read for what it names: "the “X” food fair". */
    private static final int HEAD_WORDS = 3;
    /** A quoted phrase of fewer words is read as a name even when it sounds like a clause ("Spring Is Here"). */
    private static final int CLAUSE_WORDS_MIN = 4;

    private QuotedPhrases() {
    }

    /** The quotation over tokens [from, to), closed at {@code close}, is a phrase or another thing's name. */
    static boolean isPhrase(DocumentView view, Sentence s, int from, int to, int close, Lexicon lexicon) {
        return afterPhraseNoun(view, s, from - 1) || clauseLike(view, from, to) || namesNoGoods(view, s, close, lexicon);
    }

    /** "with the vision of “...”", "its slogan: “...”": the quotation says what a vision or slogan is. */
    private static boolean afterPhraseNoun(DocumentView view, Sentence s, int open) {
        int k = open - 1;
        while (k > s.firstToken() && (view.f(k).equals("of") || view.f(k).equals(":") || view.f(k).equals(","))) {
            k--;
        }
        return PHRASE_NOUNS.contains(view.f(k));
    }

    /**
     * "the “Taste of Ehime” fair", "the “Cool Kyushu” initiative", "the “Excellent Farm” award": the lower-case phrase
     * after the quotation says it names an event, a programme, an award or a place of business, not goods.
     */
    private static boolean namesNoGoods(DocumentView view, Sentence s, int close, Lexicon lexicon) {
        for (int i = close + 1; i < Math.min(s.endToken(), close + 1 + HEAD_WORDS) && view.token(i).isWord()
                && !view.token(i).isCapitalized() && !ProductStage.PHRASE_BREAKS.contains(view.f(i)); i++) {
            if (lexicon.is("event-name-head", view.f(i)) || NOT_GOODS_HEADS.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "We Grow What You Love", "Keeping Rivers Clean For Every Village": a quoted phrase of four words or more with a
     * pronoun, auxiliary or relative, or opening on a gerund with its complement, is a clause (a slogan or motto).
     */
    private static boolean clauseLike(DocumentView view, int from, int to) {
        int words = 0;
        boolean clauseWord = false;
        boolean complement = false;
        for (int i = from; i < to; i++) {
            if (view.token(i).isWord()) {
                words++;
                clauseWord |= CLAUSE_WORDS.contains(view.f(i));
                complement |= i > from && GERUND_COMPLEMENTS.contains(view.f(i));
            }
        }
        boolean gerund = view.f(from).endsWith("ing") && complement;
        return words >= CLAUSE_WORDS_MIN && (clauseWord || gerund);
    }
}
