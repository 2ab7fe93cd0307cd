package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Finds lists of names that name kinds of goods: after a colon that follows the goods ("three
 * coffees: A, B and C"), or after "including", "such as" or "namely" whose antecedent is goods
 * ("several varieties of coffee, such as A, B and C"; "30 kinds of tea were served at the fair,
 * including A, B and C"). A list whose antecedent names something else ("buyers from 12
 * countries, including A and B") names no goods. Members are capitalised names, possibly followed
 * by a lower-case goods word ("Doi Lanna oolong"); lower-case members ("rambutan") are generic and skipped, and so are
 * places and one word before goods ("Borneo pepper"), which say where the goods come from.
 */
final class GoodsLists {

    /** One listed name over tokens [firstToken, endToken), a kind of {@code goods}. */
    record Listed(int firstToken, int endToken, String goods) {
    }

    /** Words that end a member's lower-case tail: the member is followed by a new phrase or clause. */
    private static final Set<String> TAIL_BREAKS = Words.of("and", "or", "of", "from", "in", "at", "to", "for", "with", "by",
            "on", "the", "a", "an", "is", "are", "was", "were", "will", "which", "that", "who", "its", "their");
    private static final Set<String> PLACING = Words.of("in", "at", "on");
    /** How many lower-case words may follow a member's name: "A oolong", "B green tea". */
    private static final int TAIL_WORDS = 2;
    /** How many words a generic lower-case member may have: "dried mango slices". */
    private static final int GENERIC_MEMBER_WORDS = 3;

    private GoodsLists() {
    }

    static List<Listed> in(DocumentView view, Sentence s, GoodsWords goods) {
        List<Listed> out = new ArrayList<>();
        for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
            int members = afterIntroduction(view, i);
            if (members < 0) {
                continue;
            }
            String antecedent = view.f(i).equals(":") ? colonAntecedent(view, i, goods) : antecedent(view, s, i, goods);
            if (antecedent != null) {
                i = readMembers(view, s, members, antecedent, out);
            }
        }
        return out;
    }

    /** Where the members start when token {@code i} introduces a list (":", "including", "such as", "namely"), else -1. */
    private static int afterIntroduction(DocumentView view, int i) {
        String f = view.f(i);
        if (f.equals(":") || f.equals("including") || f.equals("namely")) {
            return i + 1;
        }
        return f.equals("such") && view.f(i + 1).equals("as") ? i + 2 : -1;
    }

    /** "three coffees: A, B": only goods right before the colon make its list one of goods. */
    private static String colonAntecedent(DocumentView view, int colon, GoodsWords goods) {
        return goods.isProduce(view.f(colon - 1)) ? view.f(colon - 1) : null;
    }

    /**
     * The goods a list after "including" names kinds of: the noun right before it ("coffees, such as"), the goods
     * before a kind noun ("tea varieties, including"), the goods a place locates ("fruit from Fukui, namely"), or, when
     * the list hangs on a singular noun, the goods its clause speaks of ("30 kinds of tea were served
     * at the fair, including"). A plural noun of anything else ("countries, including") is the antecedent itself.
     */
    private static String antecedent(DocumentView view, Sentence s, int intro, GoodsWords goods) {
        int b = view.f(intro - 1).equals(",") ? intro - 2 : intro - 1;
        if (b < s.firstToken()) {
            return null;
        }
        String w = view.f(b);
        if (goods.isGoods(w)) {
            return w;
        }
        if (goods.isKind(w)) {
            return goods.isGoods(view.f(b - 1)) ? view.f(b - 1) : goodsInClause(view, s, b, goods);
        }
        if (view.token(b).isCapitalized()) {
            int c = b;
            while (c > s.firstToken() && view.token(c - 1).isCapitalized()) {
                c--;
            }
            if (view.f(c - 1).equals("from") && goods.isGoods(view.f(c - 2))) {
                return view.f(c - 2);
            }
            // "30 kinds of tea were shown in the Peru Pavilion, including": a place where the clause's verb put the goods;
            // "promoted strawberries at stores in Hong Kong, including A and B": the list names what the place holds
            int preposition = view.f(c - 1).equals("the") ? c - 2 : c - 1;
            boolean placedByVerb = PLACING.contains(view.f(preposition)) && preposition > s.firstToken()
                    && view.structure(s).verbHeadedAt(preposition - 1).isPresent();
            return placedByVerb ? goodsInClause(view, s, preposition, goods) : null;
        }
        return isPlural(w) ? null : goodsInClause(view, s, b, goods);
    }

    /** "countries", "buyers": a lower-case plural, the noun a list after it names members of. */
    private static boolean isPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    /**
     * The goods the clause before {@code end} speaks of, nearest first: a goods noun that heads its phrase ("30 kinds of
     * local tea were served", "bought souvenirs at the shop") or sorts a kind noun ("tea varieties"), not one that
     * qualifies another noun ("tea companies").
     */
    private static String goodsInClause(DocumentView view, Sentence s, int end, GoodsWords goods) {
        for (int j = end - 1; j >= s.firstToken() && !view.f(j).equals(";"); j--) {
            String next = view.f(j + 1);
            if (goods.isGoods(view.f(j)) && (!view.token(j + 1).isWord() || TAIL_BREAKS.contains(next) || goods.isKind(next))) {
                return view.f(j);
            }
        }
        return null;
    }

    /** Reads the members from {@code from} into {@code out}; returns the last token the list took. */
    private static int readMembers(DocumentView view, Sentence s, int from, String goods, List<Listed> out) {
        List<Mention> mentions = view.mentionsIn(s);
        int p = from;
        while (p < s.endToken()) {
            int end = p;
            while (end < s.endToken() && !isSeparator(view, end) && end - p <= GENERIC_MEMBER_WORDS + TAIL_WORDS) {
                end++;
            }
            if (end == p) {
                break;
            }
            if (view.token(p).isCapitalized()) {
                int name = p;
                while (name < end && (view.token(name).isCapitalized() || view.token(name).isNumber())) {
                    // "Hoshi-imo Gold": a hyphen joins the word after it to the name, whatever its case
                    name += view.f(name + 1).equals("-") && name + 2 < end ? 3 : 1;
                }
                boolean tail = name < end && isLowerTail(view, name, end, TAIL_WORDS);
                if (name < end && !tail && !TAIL_BREAKS.contains(view.f(name))) {
                    // "Coffee: Exports reached $2 billion": a capitalised word that opens a clause, not a member
                    return name;
                }
                // "Borneo pepper", "Chile": a single word before the goods, or a place alone, most often says where they come from
                if (!namesNoLine(mentions, p, name) && !(tail && name - p < 2)) {
                    out.add(new Listed(p, tail ? end : name, goods));
                }
                if (name < end && !tail) {
                    return name;
                }
            } else if (!isLowerTail(view, p, end, GENERIC_MEMBER_WORDS)) {
                return p;
            }
            int next = end;
            if (view.f(next).equals(",")) {
                next++;
            }
            if (view.f(next).equals("and") || view.f(next).equals("or")) {
                next++;
            }
            if (next == end || next >= s.endToken()) {
                return end;
            }
            p = next;
        }
        return p;
    }

    private static boolean isSeparator(DocumentView view, int i) {
        String f = view.f(i);
        return f.equals(",") || f.equals("and") || f.equals("or") || f.equals(";") || f.equals(".") || f.equals(")")
                || f.equals("(");
    }

    /** At most {@code words} lower-case words, none of them a word that opens a phrase of its own. */
    private static boolean isLowerTail(DocumentView view, int from, int to, int words) {
        if (to - from > words) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!view.token(i).isWord() && !view.f(i).equals("-") || view.token(i).isCapitalized()
                    || TAIL_BREAKS.contains(view.f(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Chile", "Borneo pepper": a member that is only a place's name names the goods' origin, not a line; one that
     * begins with a person or a title ("Governor Aiko Sato") names who came.
     */
    private static boolean namesNoLine(List<Mention> mentions, int first, int end) {
        for (Mention m : mentions) {
            if (m.firstToken() == first && (m.endToken() == end && m.is(Mention.Type.PLACE) || m.is(Mention.Type.PERSON)
                    || m.is(Mention.Type.TITLE))) {
                return true;
            }
        }
        return false;
    }
}
