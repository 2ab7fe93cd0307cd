package org.tsunagu.extraction.internal.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class MoneyStageTest {

    private static List<String> sums(String text) {
        return Extracting.annotate(text).get(Layers.MONEY).stream().map(m -> m.span().of(text) + "="
                + m.money().amount().stripTrailingZeros().toPlainString() + " " + m.money().currency().getCurrencyCode()).toList();
    }

    @Test
    void readsMoneyWrittenInWords() {
        assertThat(sums("It will invest two hundred million dollars, then forty-five million US dollars, then twelve "
                + "billion yen and five thousand crore rupees.")).containsExactly(
                "two hundred million dollars=200000000 USD", "forty-five million US dollars=45000000 USD",
                "twelve billion yen=12000000000 JPY", "five thousand crore rupees=50000000000 INR");
    }

    @Test
    void readsSymbolsAndShortScales() {
        assertThat(sums("A €80m plant and an RM 450 million line.")).containsExactly("€80m=80000000 EUR",
                "RM 450 million=450000000 MYR");
    }

    @Test
    void readsNoSumFromANumberInWordsWithoutAScale() {
        assertThat(sums("Two dollars a cup, said three officials.")).isEmpty();
    }

    @Test
    void readsASumWithASecondScale() {
        assertThat(sums("Registered capital reached 3 billion 412 million USD.")).containsExactly(
                "3 billion 412 million USD=3412000000 USD");
    }

    @Test
    void readsIndianScales() {
        assertThat(sums("The group put in Rs 3,100 crore, and the state drew Rs 7.5 lakh crore of proposals.")).containsExactly(
                "Rs 3,100 crore=31000000000 INR", "Rs 7.5 lakh crore=7500000000000 INR");
    }

    @Test
    void readsDollarsOfOtherCountries() {
        assertThat(sums("A fund of 2.45 billion Australian dollars, a A$300 million mine, NT$12 billion of chips and "
                + "S$80 million of bonds.")).containsExactly("2.45 billion Australian dollars=2450000000 AUD",
                "A$300 million=300000000 AUD", "NT$12 billion=12000000000 TWD", "S$80 million=80000000 SGD");
    }

    @Test
    void keepsTheScaleOfASumWrittenWithASpaceAfterUs() {
        assertThat(sums("Sales rose to US $ 512 million in 2021, up from US $ 433.27 million in 2020.")).containsExactly(
                "US $ 512 million=512000000 USD", "US $ 433.27 million=433270000 USD");
    }

    @Test
    void readsRinggitWithAShortScale() {
        assertThat(sums("Approvals reached RM58b, against RM4.2 billion a year earlier.")).containsExactly(
                "RM58b=58000000000 MYR", "RM4.2 billion=4200000000 MYR");
    }

    @Test
    void readsADecimalCommaWrittenWithASpaceBeforeAScale() {
        assertThat(sums("Brazil followed with US $ 7, 3 million.")).containsExactly("US $ 7, 3 million=7300000 USD");
    }

    @Test
    void neverAddsAnArticleToTheSumAfterIt() {
        assertThat(sums("It is a 450 million yuan plant.")).containsExactly("450 million yuan=450000000 CNY");
    }

    @Test
    void readsShortScalesAndRegionalPrefixes() {
        assertThat(sums("It put in Rs 850 cr, then P2.5 billion, Tk 300 crore and NZ$40 million; grade P3 pays more.")).containsExactly(
                "Rs 850 cr=8500000000 INR", "P2.5 billion=2500000000 PHP", "Tk 300 crore=3000000000 BDT",
                "NZ$40 million=40000000 NZD");
    }

    @Test
    void readsShortenedScalesOfMalaysianAndWireOutlets() {
        assertThat(sums("It spent RM300mil on a mill, RM1.2bil on a port and 4.5 bln yuan on a dam.")).containsExactly(
                "RM300mil=300000000 MYR", "RM1.2bil=1200000000 MYR", "4.5 bln yuan=4500000000 CNY");
    }

    @Test
    void readsCurrenciesNamedWithTheirCountry() {
        assertThat(sums("Pledges of 1.5 billion Chinese yuan, 500 billion Korean won and 2.1 billion U.S. dollars.")).containsExactly(
                "1.5 billion Chinese yuan=1500000000 CNY", "500 billion Korean won=500000000000 KRW",
                "2.1 billion U.S. dollars=2100000000 USD");
    }

    @Test
    void readsBahtAndWonWrittenAsPrefixes() {
        assertThat(sums("A Bt12 billion depot and a W500 billion fab; model W3 sold well.")).containsExactly(
                "Bt12 billion=12000000000 THB", "W500 billion=500000000000 KRW");
    }
}
