package org.tsunagu.web.corridor;

import java.math.RoundingMode;
import java.util.Optional;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.money.ConvertedMoney;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.web.entity.Amounts;

/**
 * One figure of a corridor: the fact as read, the year it stands for (the year it states, else the
 * year it was first reported) and the figure in the page's currency, when the rate table has one.
 */
public record CorridorFigure(CitedFact fact, Investment investment, Optional<Integer> year,
        Optional<ConvertedMoney> normalised) {

    public InvestmentKind kind() {
        return investment.kind();
    }

    public String original() {
        return Amounts.format(investment.amount());
    }

    /** "1.02 billion USD (2021 rates)", or a dash when the figure has no year or its currency no rate. */
    public String normalisedText() {
        return normalised.map(n -> Amounts.format(n.converted()) + (n.original().currency().equals(n.converted().currency())
                ? "" : " (" + n.rateYear() + " rates)")).orElse("—");
    }

    /** The normalised amount to the cent, as CSV and JSON give it; empty when there is none. */
    public Optional<String> normalisedAmount() {
        return normalised.map(n -> n.converted().amount().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString());
    }

    public String yearText() {
        return year.map(String::valueOf).orElse("year not stated");
    }

    /** "1st", "2nd", "23rd", "11th". */
    public Optional<String> rankText() {
        return investment.rank().map(CorridorFigure::ordinal);
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
