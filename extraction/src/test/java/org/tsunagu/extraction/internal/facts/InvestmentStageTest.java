package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Investment;

class InvestmentStageTest {

    private static List<String> investments(String text) {
        return facts(text, Investment.class).stream().map(i -> i.investor().name() + " -> " + i.destination().name() + " "
                + i.amount().amount().stripTrailingZeros().toPlainString() + " " + i.kind() + " " + i.rank().map(r -> "#" + r)
                .orElse("")).map(String::strip).toList();
    }

    @Test
    void readsEachClauseOfASentenceWithTwoSums() {
        assertThat(investments("NAGOYA, April 23, 2024 - Tokai Valve will build a valve plant in Kunshan Hi-tech Zone with "
                + "a total investment of 1.5 billion yuan, while Mikawa Foods will invest RMB 300 million in a kitchen in "
                + "Wujiang District."))
                .containsExactly("Tokai Valve -> Kunshan Hi-tech Zone 1500000000 PROJECT",
                        "Mikawa Foods -> Wujiang District 300000000 PLEDGE");
    }

    @Test
    void readsTheBuilderNamedWellAfterTheSum() {
        assertThat(investments("SAPPORO, January 22, 2025 - Five projects were signed, including a 680 million yuan dairy "
                + "processing plant in Qiqihar to be built by Sapporo-based Kitaboku Milk."))
                .containsExactly("Kitaboku Milk -> Qiqihar 680000000 PROJECT");
    }

    @Test
    void readsTheOwnerOfASourceOfInvestmentAsTheDestinationWithItsRank() {
        assertThat(investments("SEMARANG, August 8, 2024 - Japan was Central Java's third-largest source of foreign direct "
                + "investment last year, with realised investment of US$214 million."))
                .containsExactly("Japan -> Central Java 214000000 PROJECT #3");
    }

    @Test
    void readsTheDistrictOfACityAsTheDestination() {
        assertThat(investments("SURABAYA, October 15, 2024 - Kitakyushu-based Hibiki Kankyo Service opened a Rp 450 billion "
                + "sorting plant in the city's Benowo district last year."))
                .containsExactly("Hibiki Kankyo Service -> Benowo district 450000000000 PROJECT");
    }

    @Test
    void readsInvestmentApplicationsAsPledges() {
        assertThat(investments("RAYONG, January 23, 2025 - Japanese investors accounted for 142 billion baht of investment "
                + "promotion applications in the Eastern Economic Corridor last year, ranking first among foreign investors."))
                .containsExactly("Japan -> Eastern Economic Corridor 142000000000 PLEDGE #1");
    }
}
