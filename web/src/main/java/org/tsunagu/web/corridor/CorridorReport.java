package org.tsunagu.web.corridor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.InvestmentKind;

/**
 * A corridor's figures in one currency, kept apart by kind: a stock, projects, pledges and trade
 * measure different things, so the page never adds one to another. {@code ratesSource} says where
 * the exchange rates come from.
 */
public record CorridorReport(Corridor corridor, Currency currency, List<CorridorFigure> figures, String ratesSource) {

    private static final Comparator<CorridorFigure> BY_YEAR = Comparator.comparing(
            (CorridorFigure f) -> f.year().orElse(Integer.MAX_VALUE)).thenComparing(f -> f.fact().id());

    private static final Set<InvestmentKind> TOTALS = EnumSet.of(InvestmentKind.FDI_TOTAL, InvestmentKind.TRADE);

    public CorridorReport {
        figures = figures.stream().sorted(BY_YEAR).toList();
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The figures of each kind the corridor has, oldest first, in the order of {@link InvestmentKind}. */
    public Map<InvestmentKind, List<CorridorFigure>> byKind() {
        Map<InvestmentKind, List<CorridorFigure>> byKind = new EnumMap<>(InvestmentKind.class);
        figures.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        return byKind;
    }

    public String heading(InvestmentKind kind) {
        return Kinds.heading(kind);
    }

    /** Figures that give an investor's place among all investors in the destination. */
    public List<CorridorFigure> rankings() {
        return figures.stream().filter(f -> f.investment().rank().isPresent()).toList();
    }

    /**
     * Totals of one kind for one year that disagree: different facts, since reports of the same
     * amount are one fact, each with its own source, shown side by side rather than averaged. Only
     * totals (stock, trade) can disagree: two projects or pledges of a year are two things.
     */
    public List<List<CorridorFigure>> conflicts() {
        Map<String, List<CorridorFigure>> byKindAndYear = new LinkedHashMap<>();
        figures.stream().filter(f -> f.year().isPresent() && TOTALS.contains(f.kind())).forEach(f -> byKindAndYear
                .computeIfAbsent(f.kind() + "|" + f.year().get(), k -> new ArrayList<>()).add(f));
        return byKindAndYear.values().stream().filter(group -> group.size() > 1).map(List::copyOf).toList();
    }

    /**
     * What the charts draw, for the page's script: per kind, points of [year, amount in the page's
     * currency, the figure as the text gave it], only for figures with a year and a rate.
     */
    public String chartData() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("currency", currencyCode());
        ObjectNode series = data.putObject("series");
        byKind().forEach((kind, figuresOfKind) -> {
            ArrayNode points = JsonNodeFactory.instance.arrayNode();
            for (CorridorFigure figure : figuresOfKind) {
                Optional<Integer> year = figure.year();
                figure.normalised().filter(n -> year.isPresent()).ifPresent(n -> points.addArray()
                        .add(year.get()).add(n.converted().amount().doubleValue()).add(figure.original()));
            }
            if (!points.isEmpty()) {
                ObjectNode one = series.putObject(kind.code());
                one.put("name", Kinds.heading(kind));
                one.put("line", kind == InvestmentKind.FDI_TOTAL);
                one.set("points", points);
            }
        });
        return data.toString();
    }
}
