package org.tsunagu.store.product;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.SalesChannel;

/**
 * A buyer product lines are matched with: its name, the organisation it is when known, the sales
 * channels it buys through, the categories of goods it wants and the places it buys from.
 */
public record BuyerProfile(long id, String name, Optional<Long> entity, List<SalesChannel> channels,
        List<String> categories, List<String> regions, BuyerSource source, String createdAt, String createdBy) {

    public BuyerProfile {
        channels = SalesChannel.sorted(channels);
        categories = List.copyOf(categories);
        regions = List.copyOf(regions);
    }
}
