package org.tsunagu.web.vitality;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.store.vitality.RankedTies;
import org.tsunagu.store.vitality.TieEnd;
import org.tsunagu.store.vitality.TieQuery;
import org.tsunagu.store.vitality.TieStatus;
import org.tsunagu.store.vitality.Vitality;
import org.tsunagu.store.vitality.YearCount;
import org.tsunagu.web.api.PageJson;
import org.tsunagu.web.api.Paging;

/** Ranked ties as the API gives them: the listing envelope, the reference year, and the filters' choices. */
final class TieJson {

    private TieJson() {
    }

    static ObjectNode ranked(RankedTies ranked, TieQuery query) {
        ObjectNode body = PageJson.of(ranked.ties(), new Paging(query.limit(), query.offset()), TieJson::tie);
        body.put("as_of", query.asOf());
        ranked.countries().forEach(body.putArray("countries")::add);
        ObjectNode statuses = body.putObject("statuses");
        for (TieStatus status : TieStatus.values()) {
            statuses.put(status.code(), ranked.count(status));
        }
        ranked.fromRecentFacts().ifPresent(facts -> body.put("from_recent_facts", facts));
        return body;
    }

    static ObjectNode tie(Vitality vitality) {
        ObjectNode tie = JsonNodeFactory.instance.objectNode();
        tie.set("a", end(vitality.tie().a()));
        tie.set("b", end(vitality.tie().b()));
        tie.put("kind", vitality.tie().kind().code());
        tie.put("score", Math.round(vitality.score() * 100) / 100.0);
        tie.put("status", vitality.status().code());
        vitality.lastYear().ifPresentOrElse(year -> tie.put("last_year", year), () -> tie.putNull("last_year"));
        tie.put("explanation", vitality.explanation());
        tie.put("facts", vitality.tie().facts().size());
        var years = tie.putArray("years");
        for (YearCount year : vitality.years()) {
            ObjectNode counted = years.addObject();
            counted.put("year", year.year());
            counted.put("facts", year.facts());
            ObjectNode activities = counted.putObject("activities");
            for (var entry : year.activities().entrySet()) {
                activities.put(entry.getKey().code(), entry.getValue());
            }
        }
        return tie;
    }

    private static ObjectNode end(TieEnd end) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", end.id());
        node.put("name", end.name());
        node.put("type", end.type().code());
        end.country().ifPresentOrElse(country -> node.put("country", country), () -> node.putNull("country"));
        return node;
    }
}
