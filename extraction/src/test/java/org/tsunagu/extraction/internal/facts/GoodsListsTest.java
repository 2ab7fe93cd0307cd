package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Product;

/** Lists of names that name kinds of goods, read as product lines of those goods. */
class GoodsListsTest {

    private static List<String> products(String text) {
        return facts(text, Product.class).stream().map(Product::name).toList();
    }

    private static Map<String, List<String>> categories(String text) {
        return facts(text, Product.class).stream().collect(Collectors.toMap(Product::name, Product::categories));
    }

    @Test
    void readsTheNamesListedAfterAColonThatFollowsGoods() {
        assertThat(products("Buyers at the Peruvian stand tasted two coffees: Andes Morning and Cusco Ember. The stand also "
                + "listed its partners: Lima Trading and Puno Freight."))
                .containsExactly("Andes Morning", "Cusco Ember");
    }

    @Test
    void readsKindsOfGoodsListedAfterIncludingWhenTheGoodsAreTheSubjectOfTheClause() {
        assertThat(categories("About 40 kinds of regional honey were sold at the Pavilion B booth of the Lyon fair, including "
                + "Mont Ventoux lavender, Causse Noir, Vallee Blanche and Ardeche Gold."))
                .containsOnlyKeys("Mont Ventoux lavender", "Causse Noir", "Vallee Blanche", "Ardeche Gold")
                .containsEntry("Causse Noir", List.of("honey"));
    }

    @Test
    void readsKindsOfGoodsListedAfterAVenueWhereTheVerbPutThem() {
        assertThat(categories("Over 30 kinds of local tea were shown in the Peru Pavilion Night Market, including Andes Gold, "
                + "Tacna Rio and Junin Alto.")).containsOnlyKeys("Andes Gold", "Tacna Rio", "Junin Alto")
                .containsEntry("Tacna Rio", List.of("tea"));
        assertThat(products("Our strawberries sold well at stores in Hong Kong, including Wing Fat and Lucky Mart.")).isEmpty();
    }

    @Test
    void readsNamesListedAfterSuchAsOrNamelyBehindTheirGoods() {
        assertThat(products("The booth poured several varieties of sake, such as Kuroshio Dawn, Tenku Mai and Ise Breeze, "
                + "to guests from Perth. The stall offered cheese from Normandy, namely Bocage Blanc and Pays Doux."))
                .containsExactly("Kuroshio Dawn", "Tenku Mai", "Ise Breeze", "Bocage Blanc", "Pays Doux");
    }

    @Test
    void skipsLowerCaseAndPlaceMembersOfAListOfGoods() {
        assertThat(products("Local specialties were on sale at the market, including dried persimmons, Borneo pepper and "
                + "Kinabalu Mist."))
                .containsExactly("Kinabalu Mist");
    }

    @Test
    void leavesOutAListWhoseAntecedentIsNotGoods() {
        assertThat(products("Importers of tea from 14 countries, including Kenya, Peru and Nepal, came to the fair. Wines "
                + "were poured by producers including Hartmann Estate and Quinta Lorvao.")).isEmpty();
    }

    @Test
    void leavesOutAListThatNamesWhereGoodsAreSoldOrWhoCame() {
        assertThat(products("Kochi promoted yuzu at stores in Macau, including Lotus Mart and Cheng Fresh. The city served "
                + "its rice at the reception, including Governor Aiko Sato and Mayor Ken Ito.")).isEmpty();
    }

    @Test
    void leavesOutACapitalisedClauseAfterAColon() {
        assertThat(products("Coffee: Exports reached 2 billion dollars in May.")).isEmpty();
    }
}
