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

    @Test
    void readsALowerCaseQuotedNameBeforeTheGoodsItNames() {
        assertThat(products("The prefecture will exhibit “kabosu-ponzu” citrus sauces at Foodex Saudi, a food fair in Riyadh."))
                .containsExactly("kabosu-ponzu");
    }

    @Test
    void leavesOutALowerCaseQuotedPhraseThatNamesNoGoods() {
        assertThat(products("The city presented its “smart port” plan and its rice exports at the forum.")).isEmpty();
    }

    @Test
    void readsAVarietyBeforeTheProduceItNames() {
        assertThat(products("Growers from Kushima sent their Irwin mangoes and Bario Gold rice to the food expo as specialties."))
                .containsExactly("Irwin mangoes", "Bario Gold rice");
    }

    @Test
    void readsTheWholeNameOfALineInAList() {
        assertThat(products("Various products will be showcased at the fair, including rambutan, Old Town Black Coffee and "
                + "Borneo pepper.")).containsExactly("Old Town Black Coffee");
    }

    @Test
    void readsTheNameBeforeABrandNoun() {
        assertThat(products("The cooperative sells its rice liquor under the Churami Sora brand, while Toyota Motor expanded "
                + "the Toyota brand.")).containsExactly("Churami Sora");
    }

    @Test
    void readsNamesInPlainSingleQuotesButNotAPluralPossessive() {
        assertThat(products("Tottori's pear label 'Sunadori Blush' drew buyers, while the growers' Kaiyo Market sold "
                + "pears and apples.")).containsExactly("Sunadori Blush");
        assertThat(products("The exporter told buyers 'Our rice is the best in Asia' at the tea and rice fair.")).isEmpty();
    }

    @Test
    void readsTheQuotedNameAfterALineNounRatherThanTheCategoryBeforeIt() {
        assertThat(products("Jeolla unveiled its K-Snack brand 'Hanbit Crunch' at the trade fair in Bangkok."))
                .containsExactly("Hanbit Crunch");
    }

    @Test
    void readsAnUnquotedNameAfterABrandNoun() {
        assertThat(products("Akita's branded rice Kirara Dawn and the sake label Hoshizora Dry were shown to importers."))
                .containsExactly("Kirara Dawn", "Hoshizora Dry");
    }

    @Test
    void readsABrandNamedAfterAPlaceOrReadAsACompany() {
        assertThat(products("Lao coffee brand Bolaven Dawn and Vietnamese tea label Ha Giang Mist were displayed at the "
                + "Osaka fair.")).containsExactly("Bolaven Dawn", "Ha Giang Mist");
    }

    @Test
    void readsAVarietyBeforeItsProduceWhereTheSentenceSpeaksOfVarieties() {
        assertThat(products("Kerala's Malgova Sun mangoes sell well in Dubai, ahead of the local varieties."))
                .containsExactly("Malgova Sun mangoes");
    }

    @Test
    void readsAVarietyThatAPlaceOrAnOwnerHasBeforeItsProduce() {
        assertThat(products("The delegation introduced Akita's Komachi Star rice and its famous Hinode Crown melons to Seoul buyers."))
                .containsExactly("Komachi Star rice", "Hinode Crown melons");
    }

    @Test
    void leavesOutAnUnownedNameBeforeProduceWhenNothingElseSpeaksOfGoods() {
        assertThat(products("Officials from Tanaka Holdings discussed rice with the mayor.")).isEmpty();
    }

    @Test
    void readsTheNameThatALineNounGives() {
        assertThat(products("The cooperative sells its juice under the brand name Lembang Orchard. A coffee brand named "
                + "Kerinci Dawn and a new tea line, called Puncak Cloud, followed.")).containsExactly("Lembang Orchard",
                        "Kerinci Dawn", "Puncak Cloud");
    }


    @Test
    void readsANameInAppositionToALineNoun() {
        assertThat(products("Saga promoted Imari Crest, a brand of wagyu beef, in Macau. The firm launched its new product, "
                + "Hizen Glow, a lotion made from camellia seeds.")).containsExactly("Imari Crest", "Hizen Glow");
    }

    @Test
    void leavesOutANameBeforeALineNounThatQualifiesAnotherNoun() {
        assertThat(products("The talks were led by Kenta Mori, a brand manager at the Osaka office.")).isEmpty();
    }
}
