package org.tsunagu.store.product;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Product;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.FactsAbout;
import org.tsunagu.store.knowledge.ReviewState;

/** Reads product lines from the product facts of the knowledge base; rejected facts are left out. */
final class ProductLines {

    private static final String NEWEST = """
            SELECT id FROM kb_facts WHERE type = :type AND review_state <> 'rejected'
            ORDER BY id DESC LIMIT :limit""";

    private ProductLines() {
    }

    /** The newest product lines, at most {@code limit}. */
    static List<ProductLine> newest(Handle handle, int limit) {
        List<Long> ids = handle.createQuery(NEWEST).bind("type", FactType.PRODUCT.code()).bind("limit", limit)
                .mapTo(Long.class).list();
        return FactsAbout.cited(handle, ids).stream().map(ProductLines::line).toList();
    }

    /** The product line of this knowledge fact; empty when the fact is no product or was rejected. */
    static Optional<ProductLine> find(Handle handle, long id) {
        return FactsAbout.cited(handle, List.of(id)).stream()
                .filter(fact -> fact.type() == FactType.PRODUCT && fact.reviewState() != ReviewState.REJECTED)
                .findFirst().map(ProductLines::line);
    }

    private static ProductLine line(CitedFact fact) {
        Product product = (Product) fact.fact();
        return new ProductLine(fact.id(), product.name(), fact.in("origin").stream().findFirst(),
                fact.in("showcased_at").stream().findFirst(), product.categories(), product.channels(), fact.citation());
    }
}
