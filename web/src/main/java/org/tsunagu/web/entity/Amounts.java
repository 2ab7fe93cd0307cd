package org.tsunagu.web.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.tsunagu.model.money.Money;

/** Money as people read it on a chart: "932 million USD", "1.25 billion JPY", "45,000 USD". */
public final class Amounts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Amounts() {
    }

    public static String format(Money money) {
        BigDecimal amount = money.amount();
        String number;
        if (amount.compareTo(BILLION) >= 0) {
            number = decimals(amount.divide(BILLION, 2, RoundingMode.HALF_UP)) + " billion";
        } else if (amount.compareTo(MILLION) >= 0) {
            number = decimals(amount.divide(MILLION, 2, RoundingMode.HALF_UP)) + " million";
        } else {
            number = decimals(amount);
        }
        return number + " " + money.currency().getCurrencyCode();
    }

    private static String decimals(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
