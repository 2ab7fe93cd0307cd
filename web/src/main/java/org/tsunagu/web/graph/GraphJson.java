package org.tsunagu.web.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tsunagu.store.graph.GraphEdge;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.store.graph.Paths;

/**
 * The API's JSON form of a network, which the pages' script draws as it is: entities with their
 * country, ties, and the network's countries with how many entities each has.
 */
final class GraphJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GraphJson() {
    }

    static ObjectNode graph(NetworkView view) {
        ObjectNode body = NODES.objectNode();
        ArrayNode nodes = body.putArray("nodes");
        for (GraphNode node : view.graph().nodes()) {
            nodes.addObject().put("id", node.id()).put("name", node.name()).put("type", node.type().code())
                    .put("level", node.level().orElse(null)).put("distance", node.distance())
                    .put("country", view.countryOf().get(node.id()));
        }
        ArrayNode edges = body.putArray("edges");
        for (GraphEdge edge : view.graph().edges()) {
            edges.addObject().put("source", edge.source()).put("target", edge.target()).put("kind", edge.kind().code())
                    .put("facts", edge.facts()).put("first_year", edge.firstYear().orElse(null))
                    .put("last_year", edge.lastYear().orElse(null));
        }
        ArrayNode countries = body.putArray("countries");
        view.countries().forEach(c -> countries.addObject().put("name", c.name()).put("entities", c.entities()));
        return body.put("truncated", view.graph().truncated());
    }

    static ObjectNode paths(long from, long to, Paths paths, NetworkView view) {
        ObjectNode body = graph(view).put("from", from).put("to", to).put("length", paths.length());
        ArrayNode list = body.putArray("paths");
        for (List<Long> path : paths.paths()) {
            ArrayNode ids = list.addArray();
            path.forEach(ids::add);
        }
        return body;
    }
}
