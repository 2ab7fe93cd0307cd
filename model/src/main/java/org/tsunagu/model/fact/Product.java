package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;

/**
 * A product line, brand or collection promoted under its own name, with its place of origin and
 * the sales channels it seeks (retail, wholesale, e-commerce...), when the text names them.
 */
public record Product(
        String name,
        Optional<EntityRef> origin,
        List<String> categories,
        Optional<EntityRef> showcasedAt,
        List<SalesChannel> channels,
        Evidence evidence,
        double confidence) implements Fact {

    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        categories = List.copyOf(categories);
        Objects.requireNonNull(showcasedAt, "showcasedAt");
        channels = SalesChannel.sorted(channels);
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
    }

    @Override
    public FactType type() {
        return FactType.PRODUCT;
    }
}
