package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Product;

class ProductStageTest {

    private static List<String> products(String text) {
        return facts(text, Product.class).stream().map(Product::name).toList();
    }

    @Test
    void readsQuotedNamesBesideWhatIsSold() {
        assertThat(products("A tasting corner introduced \"Sanuki Breeze\" udon and \"Xiang Ember\" chilli oil."))
                .containsExactly("Sanuki Breeze", "Xiang Ember");
    }

    @Test
    void readsANameAndItsTranslationAsOneProduct() {
        assertThat(products("Hokkaido brings \"Snow Crown\" melons to Taipei\n\nThe star of the fair is \"Yuki no Kanmuri\" "
                + "(\"Snow Crown\"), the prefecture's top melon brand.")).hasSize(1);
    }

    @Test
    void leavesOutTheWordsOfACompanysName() {
        assertThat(products("Lei Ming, manager of Chengdu Jinsha Tea Co., Ltd., spoke. Chengdu Jinsha Tea presented its "
                + "\"Jinsha Sunbird\" jasmine tea.")).containsExactly("Jinsha Sunbird");
    }

    @Test
    void leavesOutSlogansAndEventNames() {
        assertThat(products("The mayor promoted the \"Visit Kochi Year\" campaign at the \"Kochi Food Fair\", saying "
                + "\"Come and taste\".")).isEmpty();
    }
}
