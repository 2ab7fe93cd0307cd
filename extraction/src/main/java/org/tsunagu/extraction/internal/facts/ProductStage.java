package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Product;

/**
 * Named product lines: a short capitalised name in quotes next to a product word ("the
 * “Shancheng Treasures” collection", "the premium rice brand “Shinnosuke”"), a place followed by
 * a capitalised produce word ("Miyazaki Beef"), a variety before its produce ("Irwin mangoes"), a
 * name a line noun gives or stands in apposition to ("the brand name X", "X, a brand of wagyu
 * beef"), and names listed as kinds of goods ({@link GoodsLists}). Event names, slogans and
 * quotations are not products ({@link QuotedPhrases}); a quoted translation in parentheses is the
 * same product. The channels a line seeks are read from its paragraph ({@link ProductChannels}).
 */
public final class ProductStage extends FactStage {

    private static final Set<String> OPEN = Words.of("\"", "\u201C", "\u2018");
    private static final Set<String> CLOSE = Words.of("\"", "\u201D", "\u2019");

    /** Words that end the noun phrase after a quoted name: "the “smart port” plan and its rice exports". */
    static final Set<String> PHRASE_BREAKS = Words.of("and", "or", "its", "their", "the", "a", "an", "of", "in", "at",
            "to", "for", "with", "from", "on", "by", "is", "are", "was", "were", "will");

    private static final Set<String> LINE_NOUNS = Words.of("brand", "label", "line", "series", "collection");
    /** The longest brand name taken from plain single quotes. */
    private static final int PLAIN_QUOTE_WORDS = 4;
    /** Nouns after which a capitalised name is the brand's own: "the rice brand Tsuyahime Gold". */
    private static final Set<String> BRAND_NOUNS = Words.of("brand", "label", "variety", "cultivar");
    /** Singular nouns of a line that a name stands in apposition to: "X, a brand of wagyu beef". */
    private static final Set<String> APPOSED_LINES = Words.of("brand", "label", "line", "series", "collection", "variety",
            "cultivar", "product");
    /** Lower-case words that may follow such a noun and keep it the head: "a brand of", "a line made in". */
    private static final Set<String> APPOSED_LINE_FOLLOWERS = Words.of("of", "from", "made", "grown", "produced", "sold",
            "that", "which", "by", "in", "for", "and", "with");
    /** How many lower-case words may qualify the line noun: "a premium single-origin coffee brand". */
    private static final int APPOSED_MODIFIERS = 4;
    /** Words that give a line its name: "a tea brand named X", "the line, dubbed X". */
    private static final Set<String> NAMING = Words.of("named", "called", "dubbed");
    /** Words before "X brand" that make X a name of its own: "the", "its", "their". */
    private static final Set<String> OWNERS = Words.of("the", "its", "their", "our");

    private final Lexicon lexicon;
    private final GoodsWords goods;
    private final Set<String> context;
    private final ProductChannels channels;

    public ProductStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.channels = new ProductChannels(lexicon);
        this.goods = new GoodsWords(lexicon);
        this.context = goods.context();
    }

    @Override
    public String name() {
        return "read-products";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.PRODUCTS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(VIEW, Layers.ROLES, Layers.EVENTS);
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Mention> salient = view.salientPlaces();
        List<Fact> roles = document.get(Layers.ROLES);
        List<Fact> events = document.get(Layers.EVENTS);
        for (Sentence s : view.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (!opensQuote(view, s, i)) {
                    continue;
                }
                int close = i + 1;
                while (close < s.endToken() && !closesQuote(view, close) && close - i < 12) {
                    close++;
                }
                if (close >= s.endToken() || !closesQuote(view, close)) {
                    continue;
                }
                boolean translation = i > s.firstToken() && view.f(i - 1).equals("(");
                int last = close;
                while (last > i + 1 && !view.token(last - 1).isWord() && !view.token(last - 1).isNumber()) {
                    last--;
                }
                boolean plainQuote = view.token(i).text().equals("'");
                if (isProductName(view, s, i + 1, last, close) && !translation && (!plainQuote || titleCased(view, i + 1, last))) {
                    Span span = new Span(view.token(i + 1).start(), view.token(last - 1).end());
                    String name = span.of(view.text);
                    String translated = translationAfter(view, s, close);
                    if (seen.add(name.toLowerCase(Locale.ROOT)) && (translated == null || !seen.contains(translated))) {
                        out.add(new Product(name, ProductOrigin.of(view, s, i + 1, close, salient, roles, context),
                                ProductCategories.of(view, s, i, close), ProductShowcases.of(view, s, close + 1, events),
                                channels.of(view, s), view.evidence(s, i + 1, close), 0.7));
                    }
                } else if (translation) {
                    seen.add(new Span(view.token(i + 1).start(), view.token(close - 1).end()).of(view.text).toLowerCase(Locale.ROOT));
                }
                i = close;
            }
            readNamedLines(view, s, seen, salient, roles, events, out);
            readGoodsLists(view, s, seen, salient, roles, events, out);
        }
        return out;
    }

    /** "30 kinds of tea ..., including A, B and C": every listed name is a line of the goods the list names kinds of. */
    private void readGoodsLists(DocumentView view, Sentence s, Set<String> seen, List<Mention> salient, List<Fact> roles,
            List<Fact> events, List<Fact> out) {
        for (GoodsLists.Listed listed : GoodsLists.in(view, s, goods)) {
            int first = listed.firstToken();
            int end = listed.endToken();
            String name = view.text(first, end);
            List<String> categories = goods.isProduce(listed.goods()) ? List.of(listed.goods()) : List.of();
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(new Product(name, ProductOrigin.of(view, s, first, end, salient, roles, context), categories,
                        ProductShowcases.of(view, s, end, events), channels.of(view, s), view.evidence(s, first, end), 0.6));
            }
        }
    }

    /** Lines named without quotes: "Miyazaki Beef", "Irwin mangoes", "the Sakura Mist brand". */
    private void readNamedLines(DocumentView view, Sentence s, Set<String> seen, List<Mention> salient, List<Fact> roles,
            List<Fact> events, List<Fact> out) {
        for (Mention m : view.mentionsIn(s)) {
            int last = m.endToken() - 1;
            int first = startOfName(view, s, m.firstToken());
            int end = m.endToken();
            boolean capitalisedLine = end - m.firstToken() >= 2 && view.token(last).isCapitalized()
                    && lexicon.is("product-noun", view.f(last));
            List<String> categories = List.of(view.f(last));
            int produce = capitalisedLine ? -1 : varietyBefore(view, s, m);
            if (produce >= 0) {
                // "Irwin mangoes", "Bario Gold rice": a variety's name before the produce it names
                end = produce + 1;
                categories = List.of(view.f(produce));
            } else if (!capitalisedLine && (namedLine(view, s, m) || namedAfterBrand(view, s, m))) {
                categories = List.of();
            } else if (!capitalisedLine && apposedToLine(view, s, m)) {
                categories = ProductCategories.of(view, s, first - 1, end - 1);
            } else if (!capitalisedLine) {
                continue;
            }
            String name = view.text(first, end);
            if (!partOfCompanyName(view, m) && seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(new Product(name, ProductOrigin.of(view, s, first, end, salient, roles, context),
                        categories, ProductShowcases.of(view, s, end, events), channels.of(view, s),
                        view.evidence(s, first, end), 0.6));
            }
        }
    }

    /**
     * An opening quotation mark; a plain apostrophe opens one only when it leans on the word after it and not on the
     * word before ("the brand 'Asagiri Green'", not "the farmers' market").
     */
    private static boolean opensQuote(DocumentView view, Sentence s, int i) {
        String t = view.token(i).text();
        if (!t.equals("'")) {
            return OPEN.contains(t);
        }
        return i + 1 < s.endToken() && view.token(i).end() == view.token(i + 1).start()
                && (i == s.firstToken() || view.token(i - 1).end() < view.token(i).start());
    }

    /**
     * Outlets that quote speech in plain single quotes ("'Our rice is the best,' he said") name brands in them too; only a
     * short name whose every word is capitalised is taken for a brand there.
     */
    private static boolean titleCased(DocumentView view, int from, int to) {
        if (to - from > PLAIN_QUOTE_WORDS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (view.token(i).isWord() && !view.token(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** A closing quotation mark, or a plain apostrophe that leans on the word before it. */
    private static boolean closesQuote(DocumentView view, int i) {
        String t = view.token(i).text();
        return CLOSE.contains(t) || t.equals("'") && view.token(i - 1).end() == view.token(i).start();
    }

    /** "“Umi no Hoseki” (“Jewel of the Sea”)": the translation in brackets after a name, folded, or null. */
    private static String translationAfter(DocumentView view, Sentence s, int close) {
        if (close + 2 >= s.endToken() || !view.f(close + 1).equals("(") || !OPEN.contains(view.token(close + 2).text())) {
            return null;
        }
        int end = close + 3;
        while (end < s.endToken() && !CLOSE.contains(view.token(end).text())) {
            end++;
        }
        return end >= s.endToken() || end == close + 3 ? null
                : new Span(view.token(close + 3).start(), view.token(end - 1).end()).of(view.text).toLowerCase(Locale.ROOT);
    }

    /** "“ampo-gaki” half-dried persimmons": lower-case words after the quotation that end in goods. */
    private boolean goodsAfter(DocumentView view, Sentence s, int close) {
        for (int i = close + 1; i < Math.min(s.endToken(), close + 5); i++) {
            if (!view.token(i).isWord() && !view.f(i).equals("-") || view.token(i).isCapitalized()
                    || PHRASE_BREAKS.contains(view.f(i))) {
                return false;
            }
            if (context.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Old Town | White Coffee": capitalised words just before a line's name that the mentions split off. */
    private int startOfName(DocumentView view, Sentence s, int first) {
        int start = first;
        while (start - 1 > s.firstToken() && first - start < 3 && view.token(start - 1).isWord()
                && view.token(start - 1).isCapitalized() && !lexicon.is("leading-word", view.f(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * A name the gazetteer does not know, followed by a lower-case produce noun, where the sentence speaks of goods
     * besides or someone owns the name ("Hokkaido's X rice", "its famous X melons"). Returns the noun's token, or -1.
     */
    private int varietyBefore(DocumentView view, Sentence s, Mention m) {
        int noun = m.endToken();
        boolean variety = m.is(Mention.Type.OTHER) && lowerWord(view, s, noun) && goods.isProduce(view.f(noun))
                && view.token(m.firstToken()).isCapitalized() && !view.token(m.firstToken()).isAcronym()
                && m.firstToken() > s.firstToken() && unknownToLexicon(view, m)
                && (goodsBesides(view, s, noun) || owned(view, s, m.firstToken()));
        return variety ? noun : -1;
    }

    private static boolean lowerWord(DocumentView view, Sentence s, int i) {
        return i < s.endToken() && view.token(i).isWord() && !view.token(i).isCapitalized();
    }

    /** "Hokkaido's X", "its X", "their famous X": a possessive, at most one adjective before the name. */
    private static boolean owned(DocumentView view, Sentence s, int first) {
        int k = lowerWord(view, s, first - 1) && !OWNERS.contains(view.f(first - 1)) ? first - 2 : first - 1;
        return k >= s.firstToken() && (view.f(k).equals("'s") || OWNERS.contains(view.f(k)) && !view.f(k).equals("the"));
    }

    /** "sold under the Sakura Mist brand", "its Blue Tide line": a name the gazetteer does not know before a line noun. */
    private boolean namedLine(DocumentView view, Sentence s, Mention m) {
        int noun = m.endToken();
        return (m.is(Mention.Type.OTHER) || m.is(Mention.Type.ORGANISATION)) && noun < s.endToken()
                && LINE_NOUNS.contains(view.f(noun)) && !view.token(noun).isCapitalized()
                && OWNERS.contains(view.f(m.firstToken() - 1)) && unknownToLexicon(view, m) && !namedAfter(view, s, noun + 1);
    }

    /** "its K-Food brand 'Gyeonggi Fresh'": a quotation or a name right after the line noun is the line's own name. */
    private static boolean namedAfter(DocumentView view, Sentence s, int i) {
        return i < s.endToken() && (opensQuote(view, s, i) || view.token(i).isCapitalized());
    }

    /** "the rice brand Tsuyahime Gold", "its branded rice Kirara Star": a name the gazetteer does not know after a brand noun. */
    private boolean namedAfterBrand(DocumentView view, Sentence s, Mention m) {
        int before = m.firstToken() - 1;
        boolean afterBrand = BRAND_NOUNS.contains(view.f(before)) && !view.token(before).isCapitalized()
                || view.f(before - 1).equals("branded") && goods.isProduce(view.f(before)) || namedByLineNoun(view, before);
        // the brand noun says what the name is, so a place word inside it ("Moc Chau Cloud") or a company reading is no bar
        return afterBrand && (m.is(Mention.Type.OTHER) || m.is(Mention.Type.ORGANISATION)) && view.token(m.firstToken()).isCapitalized();
    }

    /**
     * "Akagyu Prime, a brand of wagyu beef,", "X, the region's best-known rice variety", "its new product, X, a lotion":
     * a name in apposition to a line noun, after the name or before it.
     */
    private static boolean apposedToLine(DocumentView view, Sentence s, Mention m) {
        if (!m.is(Mention.Type.OTHER) && !m.is(Mention.Type.ORGANISATION) || !view.token(m.firstToken()).isCapitalized()) {
            return false;
        }
        int before = m.firstToken() - 1;
        if (view.f(before).equals(",") && APPOSED_LINES.contains(view.f(before - 1)) && !view.token(before - 1).isCapitalized()) {
            String closing = view.f(m.endToken());
            return closing.equals(",") || closing.equals(".") || m.endToken() == s.endToken();
        }
        int k = m.endToken();
        if (!view.f(k).equals(",")) {
            return false;
        }
        k++;
        if (view.f(k + 1).equals("'s")) {
            k += 2;
        } else if (OWNERS.contains(view.f(k)) || view.f(k).equals("a") || view.f(k).equals("an")) {
            k++;
        }
        for (int words = 0; words <= APPOSED_MODIFIERS && lowerWord(view, s, k); words++, k++) {
            if (APPOSED_LINES.contains(view.f(k))) {
                return !lowerWord(view, s, k + 1) || APPOSED_LINE_FOLLOWERS.contains(view.f(k + 1));
            }
        }
        return false;
    }

    /** "the brand name X", "a coffee brand named X", "the new tea line, called X": a line noun's naming word before the name. */
    private static boolean namedByLineNoun(DocumentView view, int before) {
        if (view.f(before).equals("name")) {
            return view.f(before - 1).equals("brand");
        }
        int noun = view.f(before - 1).equals(",") ? before - 2 : before - 1;
        return NAMING.contains(view.f(before)) && (LINE_NOUNS.contains(view.f(noun)) || BRAND_NOUNS.contains(view.f(noun)));
    }

    /** Goods other than the produce noun, or a noun of kinds ("local varieties"), elsewhere in the sentence. */
    private boolean goodsBesides(DocumentView view, Sentence s, int noun) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (i != noun && (goods.isGoods(view.f(i)) || goods.isKind(view.f(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unknownToLexicon(DocumentView view, Mention m) {
        return view.lookupsStartingIn(m.firstToken(), m.endToken()).isEmpty();
    }

    /** "Jinsha Tea" in an article about "Chengdu Jinsha Tea Co., Ltd." names the company, not a product line. */
    private static boolean partOfCompanyName(DocumentView view, Mention m) {
        String name = m.name().toLowerCase(Locale.ROOT);
        for (String longer : view.organisationNames()) {
            if (longer.length() > name.length() && longer.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean isProductName(DocumentView view, Sentence s, int from, int to, int close) {
        if (from >= to || !view.token(from).isCapitalized() && !goodsAfter(view, s, close) || to - from > 10) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String f = view.f(i);
            if (f.equals(",") || f.equals("!") || f.equals("?") || f.equals(".") || lexicon.is("event-name-head", f)) {
                return false;
            }
        }
        if (QuotedPhrases.isPhrase(view, s, from, to, close, lexicon)) {
            return false;
        }
        for (int i = Math.max(s.firstToken(), from - 8); i < Math.min(s.endToken(), to + 20); i++) {
            if (context.contains(view.f(i))) {
                return true;
            }
        }
        if (s.index() > 0) {
            Sentence previous = view.sentences.get(s.index() - 1);
            return view.contains(previous, context);
        }
        return false;
    }
}
