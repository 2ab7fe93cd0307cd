package org.tsunagu.web.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeFactJson;
import org.tsunagu.store.resolution.Entity;

/**
 * The facts behind one edge of a network, as {@code /api/graph/ties} answers: each knowledge fact
 * as the API writes it, with a link to its page and, for every source, a link to the sentence in
 * its document, so that a reader can check the tie where it was read.
 */
final class TieEvidence {

    /** More than a side panel can show; {@code total} says how many there are. */
    static final int MAX_FACTS = 20;

    private TieEvidence() {
    }

    static ObjectNode json(Database database, Entity source, Entity target, List<Long> facts) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("source").put("id", source.id()).put("name", source.name());
        body.putObject("target").put("id", target.id()).put("name", target.name());
        body.put("total", facts.size());
        ArrayNode list = body.putArray("facts");
        facts.stream().limit(MAX_FACTS).flatMap(id -> database.knowledgeFact(id).stream())
                .forEach(fact -> list.add(fact(database, fact)));
        return body;
    }

    private static ObjectNode fact(Database database, KnowledgeFact fact) {
        ObjectNode node = KnowledgeFactJson.write(fact).put("url", "/facts/" + fact.id());
        for (JsonNode source : node.get("sources")) {
            long statement = source.get("statement").asLong();
            database.documentOf(statement).ifPresent(document -> ((ObjectNode) source).put("document_id", document)
                    .put("url", "/documents/" + document + "?fact=" + statement + "#fact-" + statement));
        }
        return node;
    }
}
