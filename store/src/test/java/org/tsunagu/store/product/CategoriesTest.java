package org.tsunagu.store.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void comparesCategoriesFoldedAndSingular() {
        assertThat(Categories.covered("Dried Fruits", "dried fruit")).contains("Dried Fruits");
        assertThat(Categories.covered("mangoes", "Mango")).contains("mangoes");
        assertThat(Categories.covered("wild berries", "berry")).contains("wild berries");
    }

    @Test
    void letsABuyersCategoryCoverTheProductsThatEndInIt() {
        assertThat(Categories.covered("oolong tea", "tea")).contains("oolong tea");
        assertThat(Categories.covered("tea", "oolong tea")).as("a buyer of oolong does not want every tea").isEmpty();
    }

    @Test
    void letsABroadCategoryCoverTheGoodsOfItsGroup() {
        assertThat(Categories.covered("dried lychee", "fruit")).contains("dried lychee (fruit)");
        assertThat(Categories.covered("dried lychees", "dried fruits")).contains("dried lychees (dried fruits)");
        assertThat(Categories.covered("fresh lychee", "dried fruit")).isEqualTo(Optional.empty());
        assertThat(Categories.covered("sweet potato shochu", "beverages")).contains("sweet potato shochu (beverages)");
        assertThat(Categories.covered("green tea", "seafood")).isEmpty();
    }
}
