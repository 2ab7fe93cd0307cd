package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Product;

/** What kind of goods a product line is, by the words around its name. */
class ProductCategoriesTest {

    private static Map<String, List<String>> categories(String text) {
        return facts(text, Product.class).stream().collect(Collectors.toMap(Product::name, Product::categories));
    }

    @Test
    void readsTheNounPhraseAfterTheName() {
        assertThat(categories("Visitors tasted Kagawa's \"Sanuki Breeze\" chilled udon and Hunan's \"Xiang Ember\" chilli oil."))
                .containsEntry("Sanuki Breeze", List.of("chilled udon")).containsEntry("Xiang Ember", List.of("chilli oil"));
    }

    @Test
    void readsTheApposedGoodsUpToWhereTheyAreMade() {
        assertThat(categories("Brands on show included \"Haneul Lab\", herbal shampoos and hair tonics made in Daegu."))
                .containsEntry("Haneul Lab", List.of("herbal shampoos", "hair tonics"));
    }

    @Test
    void readsWhatALineIsOf() {
        assertThat(categories("Guangxi firms will show the \"Bama Spring\" line of spring water and rice noodles."))
                .containsEntry("Bama Spring", List.of("spring water", "rice noodles"));
    }

    @Test
    void keepsTheNounAndItsNearestModifierOfABrand() {
        assertThat(categories("The fair features \"Hakkoda Red\", a premium large-fruit apple brand."))
                .containsEntry("Hakkoda Red", List.of("large-fruit apple"));
    }

    @Test
    void readsTheWordsBeforeABrandsName() {
        assertThat(categories("The delegation promoted the sake brand \"Tateyama Dew\" in Dalian."))
                .containsEntry("Tateyama Dew", List.of("sake"));
    }

    @Test
    void leavesOutAClauseAfterTheName() {
        assertThat(categories("The \"Sanxingdui\" series of souvenirs, entering a permanent exhibition space in Tokyo, drew "
                + "crowds.")).containsEntry("Sanxingdui", List.of("souvenirs"));
    }

    @Test
    void keepsAHyphenatedParticipleInTheCategory() {
        assertThat(categories("The prefecture will exhibit “Kiri-gaki” half-dried persimmons at the food fair."))
                .containsEntry("Kiri-gaki", List.of("half-dried persimmons"));
    }

    @Test
    void readsTheGoodsOfAnAppositionOpenedByAPossessive() {
        assertThat(categories("The distillery showcased \"Kirishima Dew\", its barley shochu, at the Taipei expo."))
                .containsEntry("Kirishima Dew", List.of("barley shochu"));
    }
}
