package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Product;

/** Where a named product comes from, by the constructions that place it. */
class ProductOriginTest {

    private static Map<String, String> origins(String text) {
        return facts(text, Product.class).stream()
                .collect(Collectors.toMap(Product::name, p -> p.origin().map(o -> o.name()).orElse("?")));
    }

    @Test
    void readsPlaceAfterFromInTheProductsDescription() {
        assertThat(origins("The Osaka fair showed Korean brands:\n- \"Haneul Crunch\", rice crackers from Gyeongju;\n"
                + "- \"Blue Tide\", sea salt from Busan."))
                .containsEntry("Haneul Crunch", "Gyeongju").containsEntry("Blue Tide", "Busan");
    }

    @Test
    void readsPlaceOfMadeInAndPlaceMadeCompounds() {
        assertThat(origins("Visitors at the Kumamoto booth tasted \"Amakusa Pearl\", a line of citrus jams made in Kumamoto, "
                + "and \"Sunset Gold\", a Tottori-made pear liqueur."))
                .containsEntry("Amakusa Pearl", "Kumamoto").containsEntry("Sunset Gold", "Tottori");
    }

    @Test
    void readsTheNearestPossessiveBeforeEachProduct() {
        assertThat(origins("A tasting corner introduced Kagawa's \"Sanuki Breeze\" udon and Hunan's \"Xiang Ember\" chilli "
                + "oil to buyers."))
                .containsEntry("Sanuki Breeze", "Kagawa").containsEntry("Xiang Ember", "Hunan");
    }

    @Test
    void readsTheProvinceOwningABrandList() {
        assertThat(origins("A delegation from Jilin Province visited Niigata Prefecture on Monday. Vice Governor Li Na "
                + "introduced the province's farm brands, including \"Changbai Dew\" ginseng drinks, and invited Niigata "
                + "importers to the province.")).containsEntry("Changbai Dew", "Jilin Province");
    }

    @Test
    void readsThePlaceThePresentingCompanyIsNamedAfter() {
        assertThat(origins("At the reception in Nagano, Dalian Haixing Foods presented its \"Golden Wave\" dried squid "
                + "snacks to Japanese buyers.")).containsEntry("Golden Wave", "Dalian");
    }

    @Test
    void readsThePlaceOfAPresentingGroupOfCompanies() {
        assertThat(origins("At the seminar in Saitama, Yunnan companies will introduce products including the "
                + "\"Pu'er Morning\" line of teas.")).containsEntry("Pu'er Morning", "Yunnan");
    }

    @Test
    void readsThePlaceOfTheCompanyOfAPersonNamedBefore() {
        assertThat(origins("Guests included Liu Fang, president of Xiamen Lvye Tea Co., Ltd., and Kato Jun, mayor of "
                + "Sapporo. Liu's company presented its \"Jade Cloud\" oolong tea at the Sapporo reception."))
                .containsEntry("Jade Cloud", "Xiamen");
    }

    @Test
    void readsTheCountryOfADemonymQualifyingGoods() {
        assertThat(origins("SHANGHAI, March 3, 2025 - Various Malaysian products will be showcased at the fair in Shanghai, "
                + "including rambutan, Kampung Baru Black Coffee and Borneo pepper."))
                .containsEntry("Kampung Baru Black Coffee", "Malaysia");
    }

    @Test
    void readsTheCountryThatOwnsALinesNameRightBeforeIt() {
        assertThat(origins("Peru's Chanchamayo Star coffee sells well in Japan, beating local varieties."))
                .containsEntry("Chanchamayo Star coffee", "Peru");
    }

    @Test
    void leavesOutThePlaceThatBuyersComeFrom() {
        assertThat(origins("Kagoshima offered \"Osumi Dawn\" green tea to buyers from Busan at the fair."))
                .doesNotContainEntry("Osumi Dawn", "Busan");
    }
}
