package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.text.Words;

/**
 * The words that say a sentence speaks of goods: what is sold ("tea", "mangoes"), product and
 * brand nouns in general ("products", "brand"), and the nouns that sort goods into kinds
 * ("varieties", "cultivar").
 */
final class GoodsWords {

    /** Goods in general: they say something is sold, not what. */
    private static final Set<String> GENERIC = Words.of("product", "products", "brand", "brands", "line", "lines", "series",
            "collection", "range", "goods", "items", "label", "specialty", "specialties", "speciality", "specialities",
            "souvenir", "souvenirs", "foods", "fruit", "fruits", "sweets", "snacks");
    /** "30 kinds of tea", "local varieties", "a new cultivar": nouns that sort goods into named kinds. */
    private static final Set<String> KINDS = Words.of("kind", "kinds", "type", "types", "variety", "varieties", "sort",
            "sorts", "cultivar", "cultivars", "breed", "breeds", "strain", "strains");

    private final Lexicon lexicon;
    private final Set<String> context;

    GoodsWords(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.context = lexicon.words("product-context");
    }

    /** Any word of goods, specific or general: "tea", "products", "specialties". */
    boolean isGoods(String folded) {
        return context.contains(folded);
    }

    /** "mangoes", "robusta", "honey": goods of their own kind, not "products" or "brand" in general. */
    boolean isProduce(String folded) {
        return lexicon.is("product-noun", folded) || context.contains(folded) && !GENERIC.contains(folded);
    }

    boolean isKind(String folded) {
        return KINDS.contains(folded);
    }

    Set<String> context() {
        return context;
    }
}
