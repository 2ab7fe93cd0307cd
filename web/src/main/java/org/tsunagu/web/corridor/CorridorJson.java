package org.tsunagu.web.corridor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.model.money.Money;

/** The corridor page as JSON: every figure with its original amount and currency beside the normalised one. */
final class CorridorJson {

    private CorridorJson() {
    }

    static ObjectNode report(CorridorReport report) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        Corridor corridor = report.corridor();
        body.putObject("investor").put("id", corridor.investor()).put("name", corridor.investorName());
        body.putObject("destination").put("id", corridor.destination()).put("name", corridor.destinationName());
        body.put("currency", report.currencyCode());
        body.put("rates_source", report.ratesSource());
        ArrayNode figures = body.putArray("figures");
        for (CorridorFigure figure : report.figures()) {
            ObjectNode node = figures.addObject();
            node.put("fact", figure.fact().id());
            node.put("kind", figure.kind().code());
            figure.year().ifPresentOrElse(y -> node.put("year", y), () -> node.putNull("year"));
            node.set("original", money(figure.investment().amount()));
            figure.normalised().ifPresentOrElse(n -> {
                node.putObject("normalised").put("amount", figure.normalisedAmount().orElseThrow())
                        .put("currency", n.converted().currency().getCurrencyCode());
                node.put("rate_year", n.rateYear());
            }, () -> node.putNull("normalised"));
            figure.investment().rank().ifPresentOrElse(r -> node.put("rank", r), () -> node.putNull("rank"));
            node.put("sources", figure.fact().sources());
            node.put("document", figure.fact().citation().document());
            node.put("sentence", figure.fact().citation().sentence());
        }
        ArrayNode conflicts = body.putArray("conflicts");
        report.conflicts().forEach(group -> {
            ArrayNode ids = conflicts.addArray();
            group.forEach(figure -> ids.add(figure.fact().id()));
        });
        return body;
    }

    private static ObjectNode money(Money money) {
        return JsonNodeFactory.instance.objectNode().put("amount", money.amount().toPlainString())
                .put("currency", money.currency().getCurrencyCode());
    }
}
