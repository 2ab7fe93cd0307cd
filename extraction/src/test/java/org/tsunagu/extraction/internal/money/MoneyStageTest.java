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
}
