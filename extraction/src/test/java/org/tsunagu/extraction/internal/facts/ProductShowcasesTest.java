package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Product;

/** Where a product line is shown. */
class ProductShowcasesTest {

    @Test
    void takesTheFairReadBeforeTheProduct() {
        var products = facts("OSAKA, 4 June 2025 - The Okayama Fruit Fair opened at a department store in Osaka today. "
                + "Buyers tasted the \"Momotaro Gold\" line of white peaches.", Product.class);
        assertThat(products).extracting(p -> p.showcasedAt().map(EntityRef::name).orElse("?"))
                .containsExactly("Okayama Fruit Fair");
    }

    @Test
    void takesTheNameAfterAtThatFollowsTheProduct() {
        var products = facts("OITA, 4 June 2025 - The prefecture will exhibit “kabosu-ponzu” citrus sauces at Foodex Saudi, "
                + "an international food fair in Riyadh.", Product.class);
        assertThat(products).extracting(p -> p.showcasedAt().map(EntityRef::name).orElse("?")).containsExactly("Foodex Saudi");
    }
}
