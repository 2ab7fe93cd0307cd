package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Product;

/** Quotations near goods that are slogans, clauses or names of other things, not product lines. */
class QuotedPhrasesTest {

    private static List<String> products(String text) {
        return facts(text, Product.class).stream().map(Product::name).toList();
    }

    @Test
    void leavesOutAQuotedVisionSloganOrMotto() {
        assertThat(products("The rice cooperative was founded with the vision of \u201CGreen Valleys Forever\u201D and sells "
                + "its tea under the slogan \u201CTaste The Morning\u201D.")).isEmpty();
    }

    @Test
    void leavesOutAClauseLikeQuotation() {
        assertThat(products("The tea growers sell \u201CGuarding Clean Streams For Every Farm\u201D and \u201CWe Grow What "
                + "You Love\u201D products, next to the \u201CSpring Harvest Green\u201D tea line."))
                .containsExactly("Spring Harvest Green");
    }

    @Test
    void leavesOutAQuotedNameOfAFairProgrammeOrAward() {
        assertThat(products("Growers sold rice and melons at the \u201CFlavours of Tottori\u201D fair, joined the \u201CGreen "
                + "Sanin\u201D initiative and won the \u201CBest Orchard\u201D award, while their \u201CDaisen Blue\u201D "
                + "melons sold out.")).containsExactly("Daisen Blue");
    }
}
