package org.tsunagu.web.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.store.knowledge.CitedFact;

/**
 * A bar chart of investment figures in one currency, drawn by the template as inline SVG: figures
 * in different currencies are not compared. Bars are laid out here, in the SVG's own units.
 */
record InvestmentChart(String currency, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int ROW = 46;
    static final int BAR_HEIGHT = 18;
    static final int MAX_BARS = 20;

    /** One figure: what it is, its amount as text, and the bar's length; {@code top} is the row's y. */
    record Bar(String label, String amount, double length, int top, CitedFact fact) {

        public int labelY() {
            return top + 14;
        }

        public int barY() {
            return top + 20;
        }

        public double amountX() {
            return length + 6;
        }

        public int amountY() {
            return barY() + 14;
        }
    }

    /** One chart per currency, the largest figures first, at most {@link #MAX_BARS} bars each. */
    static List<InvestmentChart> of(List<CitedFact> facts) {
        Map<String, List<CitedFact>> byCurrency = new TreeMap<>();
        for (CitedFact fact : facts) {
            if (fact.fact() instanceof Investment investment) {
                byCurrency.computeIfAbsent(investment.amount().currency().getCurrencyCode(), c -> new ArrayList<>())
                        .add(fact);
            }
        }
        List<InvestmentChart> charts = new ArrayList<>();
        byCurrency.forEach((currency, figures) -> charts.add(chart(currency, figures)));
        return charts;
    }

    private static InvestmentChart chart(String currency, List<CitedFact> figures) {
        List<CitedFact> largest = figures.stream()
                .sorted(Comparator.comparing((CitedFact f) -> amount(f)).reversed()).limit(MAX_BARS).toList();
        BigDecimal max = amount(largest.get(0));
        // Room on the right of the longest bar for its amount.
        double room = WIDTH - 140;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < largest.size(); i++) {
            CitedFact fact = largest.get(i);
            Investment investment = (Investment) fact.fact();
            double length = max.signum() == 0 ? 0 : Math.max(2, amount(fact).doubleValue() / max.doubleValue() * room);
            bars.add(new Bar(label(fact), Amounts.format(investment.amount()), length, i * ROW, fact));
        }
        return new InvestmentChart(currency, bars);
    }

    /** "Japan → Vietnam · FDI total · as of 2023". */
    private static String label(CitedFact fact) {
        Investment investment = (Investment) fact.fact();
        return investment.investor().name() + " → " + investment.destination().name() + " · " + EntityPage.kind(fact)
                + investment.asOf().map(date -> " · as of " + date).orElse("");
    }

    private static BigDecimal amount(CitedFact fact) {
        return ((Investment) fact.fact()).amount().amount();
    }

    int height() {
        return bars.size() * ROW;
    }

    int width() {
        return WIDTH;
    }
}
