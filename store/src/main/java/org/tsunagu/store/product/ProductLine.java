package org.tsunagu.store.product;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.knowledge.Citation;
import org.tsunagu.store.knowledge.Participant;

/**
 * A product line as the knowledge base knows it: the product fact's id and name, where it comes
 * from, the organisation or venue that shows it, its categories and the channels it seeks, and the
 * statement it was read from.
 */
public record ProductLine(long id, String name, Optional<Participant> origin, Optional<Participant> showcasedAt,
        List<String> categories, List<SalesChannel> channels, Citation citation) {

    public ProductLine {
        categories = List.copyOf(categories);
        channels = List.copyOf(channels);
    }
}
