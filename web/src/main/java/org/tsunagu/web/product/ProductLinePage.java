package org.tsunagu.web.product;

import java.util.List;
import org.tsunagu.store.product.Match;
import org.tsunagu.store.product.ProductLine;

/** One product line and the buyers that suit it, best first; {@code signedIn} says whether the user's follows counted. */
public record ProductLinePage(ProductLine line, List<Match> matches, boolean signedIn) {

    public ProductLinePage {
        matches = List.copyOf(matches);
    }
}
