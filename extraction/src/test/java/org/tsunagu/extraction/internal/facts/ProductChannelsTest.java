package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;
import static org.tsunagu.model.fact.SalesChannel.E_COMMERCE;
import static org.tsunagu.model.fact.SalesChannel.FOOD_SERVICE;
import static org.tsunagu.model.fact.SalesChannel.IMPORT;
import static org.tsunagu.model.fact.SalesChannel.RETAIL;
import static org.tsunagu.model.fact.SalesChannel.WHOLESALE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.SalesChannel;

class ProductChannelsTest {

    private static List<SalesChannel> channels(String text, String product) {
        return facts(text, Product.class).stream().filter(p -> p.name().equals(product)).findFirst()
                .orElseThrow(() -> new AssertionError("no product " + product + " in " + facts(text, Product.class)))
                .channels();
    }

    @Test
    void readsTheBuyersALineIsAimedAtInItsSentence() {
        assertThat(channels("The cooperative showed its \"Amber Hill\" dried persimmons, aimed at retailers, wholesalers "
                + "and online sellers.", "Amber Hill")).containsExactly(RETAIL, WHOLESALE, E_COMMERCE);
    }

    @Test
    void readsChannelsFromTheNextSentenceOfTheParagraph() {
        assertThat(channels("Growers from Tottori presented the \"Sand Pear Gold\" pear line at the fair. The line is meant "
                + "for supermarkets and restaurants across Asia.", "Sand Pear Gold")).containsExactly(RETAIL, FOOD_SERVICE);
    }

    @Test
    void readsECommerceAndImporters() {
        assertThat(channels("Kelantan exporters offered \"Batik Dawn\" coffee to importers and e-commerce platforms.",
                "Batik Dawn")).containsExactly(E_COMMERCE, IMPORT);
    }

    @Test
    void countsAnOnlineRetailerAsECommerceOnly() {
        assertThat(channels("The \"Cloud Leaf\" green tea brand is sold by online retailers.", "Cloud Leaf"))
                .containsExactly(E_COMMERCE);
    }

    @Test
    void leavesOutAChannelTheTextDenies() {
        assertThat(channels("The \"River Jade\" rice brand is not sold in supermarkets but through wholesalers.", "River Jade"))
                .containsExactly(WHOLESALE);
    }

    @Test
    void leavesOutANeighbouringSentenceThatOnlyHopes() {
        assertThat(channels("The mill showed its \"Harbour Dawn\" buckwheat noodles. Its owner hoped to find an importer "
                + "in Busan.", "Harbour Dawn")).isEmpty();
    }

    @Test
    void leavesOutChannelsOfAnotherParagraph() {
        assertThat(channels("Farmers brought the \"Moon Orchard\" apple brand to the fair.\n\nSeparately, a supermarket chain "
                + "opened a store in the city.", "Moon Orchard")).isEmpty();
    }
}
