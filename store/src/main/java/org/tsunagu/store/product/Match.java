package org.tsunagu.store.product;

import java.util.List;

/**
 * A product line and a buyer that suit each other: the score that ranks the match and its reasons
 * in words ("channel: retail", "category: dried fruit", "origin: Bac Giang, which you follow").
 */
public record Match(ProductLine product, BuyerProfile buyer, int score, List<String> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line. */
    public String explanation() {
        return String.join("; ", reasons);
    }
}
