package org.tsunagu.web.product;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.product.ProductFilter;
import org.tsunagu.store.product.ProductLine;

/** The product lines the articles name, filtered by channel, category and origin. */
public record ProductsPage(List<ProductLine> lines, ProductFilter filter) {

    public ProductsPage {
        lines = List.copyOf(lines);
    }

    public List<SalesChannel> channels() {
        return List.of(SalesChannel.values());
    }

    public boolean selected(SalesChannel channel) {
        return filter.channel().equals(Optional.of(channel));
    }

    public String category() {
        return filter.category().orElse("");
    }

    public String origin() {
        return filter.origin().orElse("");
    }

    /** Where the product line was read: its statement in its document. */
    public static String evidence(ProductLine line) {
        long statement = line.citation().statement();
        return "/documents/" + line.citation().document() + "?fact=" + statement + "#fact-" + statement;
    }

    public static String channelLabels(List<SalesChannel> channels) {
        return String.join(", ", channels.stream().map(SalesChannel::label).toList());
    }
}
