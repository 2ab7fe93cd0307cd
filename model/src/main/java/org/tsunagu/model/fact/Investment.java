package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.money.Money;
import org.tsunagu.model.time.PartialDate;

/**
 * A money figure of investment or trade from an investor to a destination. For directional trade
 * the exporter is the investor. {@code rank} is the investor's place among all investors
 * ("ranking first among over 40 countries" is 1).
 */
public record Investment(
        EntityRef investor,
        EntityRef destination,
        Money amount,
        InvestmentKind kind,
        Optional<PartialDate> asOf,
        Optional<Integer> rank,
        List<String> sectors,
        Evidence evidence,
        double confidence) implements Fact {

    public Investment {
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rank, "rank");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
    }

    @Override
    public FactType type() {
        return FactType.INVESTMENT;
    }
}
