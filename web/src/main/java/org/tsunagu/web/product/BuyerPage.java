package org.tsunagu.web.product;

import java.util.List;
import java.util.Optional;
import org.tsunagu.store.product.BuyerProfile;
import org.tsunagu.store.product.Match;

/** One buyer, the organisation it is when known, and the product lines that suit it, best first. */
public record BuyerPage(BuyerProfile buyer, Optional<String> entityName, List<Match> matches, boolean signedIn) {

    public BuyerPage {
        matches = List.copyOf(matches);
    }
}
