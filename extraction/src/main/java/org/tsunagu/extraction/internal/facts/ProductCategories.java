package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * What kind of goods a named product line is, in the words of its sentence: the noun phrase
 * after the name ("“A” jasmine tea"), its apposition ("“B”, herbal shampoos and hair tonics made
 * in Daegu", "“C”, a single-origin arabica coffee brand"), what a line is of ("the “D” line of
 * spring water and rice noodles"), or the words before a brand ("the sake brand “E”"). Each
 * category keeps its last two words, the noun and its nearest modifier.
 */
final class ProductCategories {

    /** Words that end a category: prepositions, articles, verbs and conjunctions of a new clause. */
    private static final Set<String> ENDS = Words.of("from", "in", "at", "to", "for", "with", "by", "on", "of", "were", "was",
            "is", "are", "that", "which", "while", "who", "being", "will", "would", "its", "their", "a", "an", "the");
    /** Participles that end a category after its noun ("rice grown on") but may begin one ("farmed yellowtail"). */
    private static final Set<String> PARTICIPLES = Words.of("made", "grown", "produced", "pressed", "brewed", "harvested",
            "farmed", "drawn", "sold", "roasted", "dried");
    /** Determiners that open an apposition before its goods: "“A”, its sweet potato shochu". */
    private static final Set<String> ARTICLES = Words.of("a", "an", "the", "its", "their");
    /** Nouns that name a product line rather than its goods: "a line of X", "the sake brand". */
    private static final Set<String> LINE_NOUNS = Words.of("line", "lines", "range", "series", "collection", "brand", "brands",
            "label");
    private static final int WORDS_KEPT = 2;

    private ProductCategories() {
    }

    /** The categories of the product quoted between tokens {@code open} and {@code close}. */
    static List<String> of(DocumentView view, Sentence s, int open, int close) {
        int i = close + 1;
        while (i < s.endToken() && isMarkup(view, i)) {
            i++;
        }
        if (view.f(i).equals(",")) {
            i++;
            while (i < s.endToken() && (ARTICLES.contains(view.f(i)) || view.f(i + 1).equals("'s"))) {
                i += view.f(i + 1).equals("'s") ? 2 : 1;
            }
        }
        List<String> after = phrases(view, s, i);
        if (!after.isEmpty()) {
            return after;
        }
        return before(view, s, open);
    }

    /** "the sake brand “E”", "the white shrimp snack line “F”": the words between the article and the line noun. */
    private static List<String> before(DocumentView view, Sentence s, int open) {
        int line = open - 1;
        while (line > s.firstToken() && isMarkup(view, line)) {
            line--;
        }
        if (!LINE_NOUNS.contains(view.f(line))) {
            return List.of();
        }
        int start = line;
        while (start - 1 > s.firstToken() && isLowerWord(view, start - 1) && !ENDS.contains(view.f(start - 1))) {
            start--;
        }
        return start < line ? List.of(kept(view, start, line)) : List.of();
    }

    /** Lower-case noun phrases from {@code from}, joined by "and" or commas; "a line of X" gives X. */
    private static List<String> phrases(DocumentView view, Sentence s, int from) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < s.endToken()) {
            int start = i;
            if (view.f(i).endsWith("ing") && view.f(i - 1).equals(",")) {
                // "“A”, entering a new market": a clause, not what the product is
                break;
            }
            while (i < s.endToken() && isLowerWord(view, i) && !ENDS.contains(view.f(i)) && !view.f(i).equals("and")
                    && !(i > start && PARTICIPLES.contains(view.f(i)) && !view.f(i - 1).equals("-"))) {
                i++;
            }
            int end = i;
            if (end > start && LINE_NOUNS.contains(view.f(end - 1))) {
                if (view.f(end).equals("of")) {
                    // "a line of green teas"
                    i = end + 1;
                    continue;
                }
                end--;
            }
            if (end > start) {
                out.add(kept(view, start, end));
            }
            if (i < s.endToken() && (view.f(i).equals("and") || view.f(i).equals(",") && view.f(i + 1).equals("and"))
                    && isLowerWord(view, i + 1 + (view.f(i).equals(",") ? 1 : 0)) && end > start) {
                i += view.f(i).equals(",") ? 2 : 1;
                continue;
            }
            break;
        }
        return out;
    }

    /** The last two words of [start, end), a hyphenated word counting as one ("large-fruit apple"). */
    private static String kept(DocumentView view, int start, int end) {
        int first = end;
        int words = 0;
        while (first > start && words < WORDS_KEPT) {
            first--;
            while (first > start && view.f(first - 1).equals("-")) {
                first -= 2;
            }
            words++;
        }
        return view.text(first, end);
    }

    /** A lower-case word, a hyphen inside a word ("hand-woven") or the acronym of "non-GMO". */
    private static boolean isLowerWord(DocumentView view, int i) {
        if (i <= 0 || i + 1 >= view.tokens.size()) {
            return false;
        }
        var t = view.token(i);
        return t.isWord() && !t.isCapitalized() || t.text().equals("-") && view.token(i - 1).isWord()
                && view.token(i + 1).isWord() || t.isAcronym() && view.f(i - 2).equals("non");
    }

    private static boolean isMarkup(DocumentView view, int i) {
        return view.token(i).text().equals("*");
    }
}
