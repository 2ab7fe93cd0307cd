package org.tsunagu.web.product;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.tsunagu.store.knowledge.Participant;
import org.tsunagu.store.product.BuyerProfile;
import org.tsunagu.store.product.BuyerProfileJson;
import org.tsunagu.store.product.Match;
import org.tsunagu.store.product.ProductLine;

/** Product lines and their matches as the API writes them. */
final class ProductJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProductJson() {
    }

    static ObjectNode lines(List<ProductLine> lines) {
        ObjectNode body = NODES.objectNode().put("total", lines.size());
        ArrayNode items = body.putArray("items");
        lines.forEach(line -> items.add(line(line)));
        return body;
    }

    static ObjectNode buyers(List<BuyerProfile> buyers) {
        ObjectNode body = NODES.objectNode().put("total", buyers.size());
        ArrayNode items = body.putArray("items");
        buyers.forEach(buyer -> items.add(BuyerProfileJson.write(buyer)));
        return body;
    }

    /** A product line and its buyers, best first. */
    static ObjectNode buyersFor(ProductLine line, List<Match> matches) {
        ObjectNode body = NODES.objectNode();
        body.set("product", line(line));
        ArrayNode items = body.putArray("matches");
        matches.forEach(match -> items.add(match(match).set("buyer", BuyerProfileJson.write(match.buyer()))));
        return body;
    }

    /** A buyer and its product lines, best first. */
    static ObjectNode linesFor(BuyerProfile buyer, List<Match> matches) {
        ObjectNode body = NODES.objectNode();
        body.set("buyer", BuyerProfileJson.write(buyer));
        ArrayNode items = body.putArray("matches");
        matches.forEach(match -> items.add(match(match).set("product", line(match.product()))));
        return body;
    }

    static ObjectNode line(ProductLine line) {
        ObjectNode node = NODES.objectNode().put("id", line.id()).put("name", line.name());
        node.set("origin", entity(line.origin()));
        node.set("showcased_at", entity(line.showcasedAt()));
        ArrayNode categories = node.putArray("categories");
        line.categories().forEach(categories::add);
        ArrayNode channels = node.putArray("channels");
        line.channels().forEach(c -> channels.add(c.code()));
        node.putObject("evidence").put("document", line.citation().document())
                .put("statement", line.citation().statement()).put("sentence", line.citation().sentence())
                .put("url", ProductsPage.evidence(line));
        return node;
    }

    private static ObjectNode match(Match match) {
        ObjectNode node = NODES.objectNode().put("score", match.score()).put("explanation", match.explanation());
        ArrayNode reasons = node.putArray("reasons");
        match.reasons().forEach(reasons::add);
        return node;
    }

    private static ObjectNode entity(Optional<Participant> participant) {
        return participant.map(p -> NODES.objectNode().put("id", p.entity()).put("name", p.name())).orElse(null);
    }
}
