package org.tsunagu.store.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;

class ProductMarketTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private ProductMarket market;
    private ProductLine pears;

    @BeforeEach
    void aProductLineFromTottoriSeekingShopsAndOnlineSellers() {
        Articles article = Articles.article("tottori-pears", "Tottori growers showed the Sand Pear Gold line of dried "
                + "pears to supermarkets and online sellers. Kochi brewers showed Hill Mist green tea to wholesalers.");
        store.database().save(article.with(
                new Product("Sand Pear Gold", Optional.of(article.place("Tottori")), List.of("dried pears"), Optional.empty(),
                        List.of(SalesChannel.RETAIL, SalesChannel.E_COMMERCE), article.evidence("Sand Pear Gold"), 0.7),
                new Product("Hill Mist", Optional.of(article.place("Kochi")), List.of("green tea"), Optional.empty(),
                        List.of(SalesChannel.WHOLESALE), article.evidence("Hill Mist"), 0.7)));
        market = store.database().productMarket();
        pears = market.productLines(ProductFilter.any()).stream().filter(l -> l.name().equals("Sand Pear Gold"))
                .findFirst().orElseThrow();
    }

    @Test
    void ranksBuyersForAProductLineAndExplainsEachMatch() {
        market.addBuyer(draft("Harbour Fresh Markets", List.of(SalesChannel.RETAIL), "Fruits", "Japan"), "aiko");
        market.addBuyer(draft("Crate & Click", List.of(SalesChannel.E_COMMERCE), "dried fruit, dried pear", ""), "aiko");
        market.addBuyer(draft("Leafline Traders", List.of(SalesChannel.WHOLESALE), "tea", ""), "aiko");
        long tottori = EntityIds.of(store.database(), "Tottori");

        List<Match> matches = market.buyersFor(pears, Set.of(tottori));

        assertThat(matches).extracting(m -> m.buyer().name() + " " + m.score() + ": " + m.explanation()).containsExactly(
                "Harbour Fresh Markets 9: channel: retail; category: dried pears (Fruits); origin: Tottori, in Japan, "
                        + "where the buyer buys; origin: Tottori, which you follow",
                "Crate & Click 7: channel: e-commerce; category: dried pears; origin: Tottori, which you follow");
    }

    @Test
    void ranksProductLinesForABuyer() {
        BuyerProfile tea = market.addBuyer(draft("Leafline Traders", List.of(SalesChannel.WHOLESALE), "teas", ""), "aiko");

        assertThat(market.productLinesFor(tea, Set.of())).extracting(m -> m.product().name() + ": " + m.explanation())
                .containsExactly("Hill Mist: channel: wholesale; category: green tea");
    }

    @Test
    void filtersProductLinesByChannelCategoryAndPlace() {
        assertThat(market.productLines(new ProductFilter(Optional.of(SalesChannel.WHOLESALE), Optional.empty(),
                Optional.empty()))).extracting(ProductLine::name).containsExactly("Hill Mist");
        assertThat(market.productLines(new ProductFilter(Optional.empty(), Optional.of("fruit"), Optional.empty())))
                .extracting(ProductLine::name).containsExactly("Sand Pear Gold");
        assertThat(market.productLines(new ProductFilter(Optional.empty(), Optional.empty(), Optional.of("japan"))))
                .extracting(ProductLine::name).containsExactlyInAnyOrder("Sand Pear Gold", "Hill Mist");
    }

    @Test
    void refusesABuyerWithoutChannelOrCategoryOrWithAnUnknownRegionAndSaysWhy() {
        assertThatThrownBy(() -> market.addBuyer(draft(" ", List.of(), "", "Atlantis"), "aiko"))
                .isInstanceOfSatisfying(BuyerProfileException.class, e -> assertThat(e.problems()).containsExactly(
                        "give the buyer a name of 1 to 200 characters",
                        "choose at least one channel the buyer buys through",
                        "name at least one category of goods the buyer wants",
                        "no place called Atlantis is known; name a country, region or city the facts name"));
        assertThat(market.buyers()).isEmpty();
    }

    @Test
    void keepsAnAuditEntryForEachBuyerAdded() {
        BuyerProfile buyer = market.addBuyer(draft("Harbour Fresh Markets", List.of(SalesChannel.RETAIL), "fruit",
                "Tottori"), "aiko");

        List<AuditEntry> log = store.database().auditLog(5);
        assertThat(log).extracting(AuditEntry::target).contains("buyer:" + buyer.id());
        assertThat(market.buyer(buyer.id()).orElseThrow().regions()).containsExactly("Tottori");
        assertThat(market.buyer(buyer.id()).orElseThrow().entity()).as("a buyer written by hand is no entity").isEmpty();
    }

    @Test
    void proposesAnOrganisationWhoseNameSaysItIsABuyerUntilItHasAProfile() {
        Articles article = Articles.article("osaka-buyers", "Ueda Mio, buyer at Hanamaru Mart, met Sato Ken, "
                + "engineer at Smartline Robotics.");
        store.database().save(article.with(
                article.role(article.person("Ueda Mio"), "buyer", article.organisation("Hanamaru Mart")),
                article.role(article.person("Sato Ken"), "engineer", article.organisation("Smartline Robotics"))));

        List<BuyerProposal> proposed = market.proposedBuyers();
        assertThat(proposed).extracting(BuyerProposal::name, BuyerProposal::channels)
                .containsExactly(tuple("Hanamaru Mart", List.of(SalesChannel.RETAIL)));

        market.addBuyer(new BuyerDraft("Hanamaru Mart", Optional.of(proposed.get(0).entity()), List.of(SalesChannel.RETAIL),
                List.of("fruit"), List.of(), BuyerSource.FACTS), "aiko");
        assertThat(market.proposedBuyers()).isEmpty();
        assertThat(market.buyers().get(0).entity()).contains(proposed.get(0).entity());
    }

    private static BuyerDraft draft(String name, List<SalesChannel> channels, String categories, String regions) {
        return new BuyerDraft(name, Optional.empty(), channels, BuyerDraft.split(categories), BuyerDraft.split(regions),
                BuyerSource.EDITOR);
    }
}
