package org.tsunagu.model.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Yearly average exchange rates against the US dollar, read from a table of {@code currency year
 * per_usd} lines whose {@code #} header names its source. Immutable once read, so one instance is
 * shared. A figure is converted with the rates of its year, or of the nearest year that has rates
 * for both currencies (the earlier on a tie), and says which year that was.
 */
public final class ExchangeRates {

    private static final String BUNDLED = "usd-rates-by-year.tsv";
    private static final Currency USD = Currency.getInstance("USD");
    /** Enough digits for any amount an article gives; rounding is left to whoever shows the figure. */
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Map<Integer, Map<Currency, BigDecimal>> perUsdByYear;
    private final String source;

    private ExchangeRates(Map<Integer, Map<Currency, BigDecimal>> perUsdByYear, String source) {
        this.perUsdByYear = perUsdByYear;
        this.source = source;
    }

    /** The table shipped with Tsunagu (made by scripts/gen-exchange-rates.py). */
    public static ExchangeRates bundled() {
        return Bundled.RATES;
    }

    /** Reads a table: {@code #} lines are its header, then a column line, then one rate a line. */
    public static ExchangeRates read(Reader text) throws IOException {
        Map<Integer, Map<Currency, BigDecimal>> rates = new TreeMap<>();
        List<String> header = new ArrayList<>();
        BufferedReader lines = new BufferedReader(text);
        boolean columns = true;
        Set<String> known = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("#")) {
                header.add(line.substring(1).strip());
            } else if (columns) {
                columns = false;
            } else if (!line.isBlank()) {
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IOException("not 'currency year per_usd': " + line);
                }
                // The JVM's currency list lags ISO 4217: a code newer than it cannot be a figure's currency either.
                if (known.contains(cells[0])) {
                    rates.computeIfAbsent(Integer.parseInt(cells[1]), y -> new HashMap<>())
                            .put(Currency.getInstance(cells[0]), new BigDecimal(cells[2]));
                }
            }
        }
        rates.replaceAll((year, byCurrency) -> Map.copyOf(byCurrency));
        return new ExchangeRates(Collections.unmodifiableMap(rates), String.join(" ", header));
    }

    /** The table's header: what the rates are, where they come from and when they were taken. */
    public String source() {
        return source;
    }

    /** Units of {@code currency} for one US dollar in {@code year}, if the table has that year. */
    public Optional<BigDecimal> perUsd(Currency currency, int year) {
        if (currency.equals(USD)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(perUsdByYear.getOrDefault(year, Map.of()).get(currency));
    }

    /** {@code money} in {@code target} at the average rates of {@code year} or the nearest year with both; empty when no year has both. */
    public Optional<ConvertedMoney> convert(Money money, Currency target, int year) {
        if (money.currency().equals(target)) {
            return Optional.of(new ConvertedMoney(money, money, year));
        }
        return nearestYearWithBoth(money.currency(), target, year).map(rateYear -> {
            BigDecimal inUsd = money.amount().divide(perUsd(money.currency(), rateYear).orElseThrow(), PRECISION);
            BigDecimal converted = inUsd.multiply(perUsd(target, rateYear).orElseThrow(), PRECISION);
            return new ConvertedMoney(money, new Money(converted, target), rateYear);
        });
    }

    private Optional<Integer> nearestYearWithBoth(Currency from, Currency to, int year) {
        return perUsdByYear.keySet().stream()
                .filter(y -> perUsd(from, y).isPresent() && perUsd(to, y).isPresent())
                .min(Comparator.comparingInt((Integer y) -> Math.abs(y - year)).thenComparing(y -> y));
    }

    /** Read on first use: the table is small, and a missing or broken one is a build error. */
    private static final class Bundled {
        static final ExchangeRates RATES = load();

        private static ExchangeRates load() {
            try (InputStream in = ExchangeRates.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
