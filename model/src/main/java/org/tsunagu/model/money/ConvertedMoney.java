package org.tsunagu.model.money;

import java.util.Objects;

/**
 * A figure in another currency beside the figure as the text gave it: {@code rateYear} is the year
 * whose average rates were used, which is the figure's own year or the nearest year the table has.
 */
public record ConvertedMoney(Money original, Money converted, int rateYear) {

    public ConvertedMoney {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(converted, "converted");
    }
}
