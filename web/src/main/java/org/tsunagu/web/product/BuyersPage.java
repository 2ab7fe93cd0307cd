package org.tsunagu.web.product;

import java.util.List;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.product.BuyerProfile;
import org.tsunagu.store.product.BuyerProposal;

/**
 * The buyer profiles, the organisations the facts suggest as buyers, and for an editor the form
 * that adds one, with the problems of the last attempt and what it entered.
 */
public record BuyersPage(List<BuyerProfile> buyers, List<BuyerProposal> proposals, boolean editor, String csrf,
        BuyerForm form, List<String> problems) {

    public BuyersPage {
        buyers = List.copyOf(buyers);
        proposals = List.copyOf(proposals);
        problems = List.copyOf(problems);
    }

    public List<SalesChannel> channels() {
        return List.of(SalesChannel.values());
    }
}
