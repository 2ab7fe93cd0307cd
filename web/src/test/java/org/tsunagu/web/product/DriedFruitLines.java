package org.tsunagu.web.product;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.testing.Articles;

/** Two product lines from Tottori and Kochi: dried pears for shops and online sellers, green tea for wholesalers. */
public final class DriedFruitLines {

    public static final String PEARS = "Sand Pear Gold";
    public static final String TEA = "Hill Mist";

    private DriedFruitLines() {
    }

    public static Extraction report() {
        Articles article = Articles.article("tottori-pears", "Tottori growers showed the " + PEARS + " line of dried "
                + "pears to supermarkets and online sellers. Kochi brewers showed " + TEA + " green tea to wholesalers.");
        return article.with(
                new Product(PEARS, Optional.of(article.place("Tottori")), List.of("dried pears"), Optional.empty(),
                        List.of(SalesChannel.RETAIL, SalesChannel.E_COMMERCE), article.evidence(PEARS), 0.7),
                new Product(TEA, Optional.of(article.place("Kochi")), List.of("green tea"), Optional.empty(),
                        List.of(SalesChannel.WHOLESALE), article.evidence(TEA), 0.7));
    }
}
