package org.tsunagu.store.product;

import java.util.List;
import org.tsunagu.model.fact.SalesChannel;

/** An organisation the knowledge base suggests as a buyer, with the channels its name says it sells through. */
public record BuyerProposal(long entity, String name, List<SalesChannel> channels) {

    public BuyerProposal {
        channels = SalesChannel.sorted(channels);
    }
}
