package org.tsunagu.store.product;

import java.util.Optional;
import org.tsunagu.model.fact.SalesChannel;

/**
 * Which product lines to list: those seeking a channel, those of a category (as a buyer's category
 * covers them, see {@link Categories}), those from a place or anywhere inside it; empty means any.
 */
public record ProductFilter(Optional<SalesChannel> channel, Optional<String> category, Optional<String> origin) {

    public static ProductFilter any() {
        return new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
