package org.tsunagu.web.partner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tsunagu.store.partner.Interest;
import org.tsunagu.store.partner.InterestProfile;
import org.tsunagu.store.partner.InterestSource;
import org.tsunagu.store.partner.PartnerSuggestion;
import org.tsunagu.store.partner.ProposedTie;

/** The API's JSON form of interest profiles, partner suggestions and proposed ties. */
public final class PartnerJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PartnerJson() {
    }

    static ObjectNode profile(InterestProfile profile) {
        ObjectNode body = NODES.objectNode().put("entity", profile.entity());
        interests(body.putArray("sectors"), profile.sectors());
        interests(body.putArray("regions"), profile.regions());
        return body;
    }

    static ObjectNode suggestions(long entity, List<PartnerSuggestion> suggestions) {
        ObjectNode body = NODES.objectNode().put("entity", entity).put("total", suggestions.size());
        ArrayNode items = body.putArray("items");
        suggestions.forEach(s -> {
            ObjectNode item = items.addObject().put("entity", s.entity()).put("name", s.name())
                    .put("type", s.type().code()).put("score", s.score()).put("explanation", s.explanation());
            s.reasons().forEach(item.putArray("reasons")::add);
        });
        return body;
    }

    static ArrayNode proposed(List<ProposedTie> ties) {
        ArrayNode items = NODES.arrayNode();
        ties.forEach(t -> items.addObject().put("id", t.id()).put("partner", t.partner()).put("name", t.partnerName())
                .put("type", t.partnerType().code()).put("status", "proposed").put("entered_by_user", true)
                .put("reasons", t.reasons()).put("proposed_at", t.proposedAt()).put("proposed_by", t.proposedBy()));
        return items;
    }

    /** The network with the ties editors proposed among its entities: {@code "proposed": [{"source": 1, "target": 2}]}. */
    public static ObjectNode withProposed(ObjectNode graph, List<long[]> pairs) {
        ArrayNode proposed = graph.putArray("proposed");
        pairs.forEach(pair -> proposed.addObject().put("source", pair[0]).put("target", pair[1]));
        return graph;
    }

    private static void interests(ArrayNode out, List<Interest> interests) {
        for (Interest interest : interests) {
            ObjectNode item = out.addObject().put("key", interest.key()).put("label", interest.label())
                    .put("by_hand", interest.byHand());
            ArrayNode sources = item.putArray("sources");
            for (InterestSource source : interest.sources()) {
                ObjectNode s = sources.addObject().put("origin", source.origin().code())
                        .put("text", source.text());
                source.document().ifPresent(d -> s.put("document", d));
                source.fact().ifPresent(f -> s.put("fact", f));
            }
        }
    }
}
