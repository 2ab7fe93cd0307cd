package org.tsunagu.store.knowledge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tsunagu.model.json.DocumentInfoJson;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.report.Copy;

/**
 * A knowledge fact as one JSON object, the form the command line and the API both print: its id
 * (the one review takes), state, confidence, the fact with edits applied, every source with its
 * statement id, publication and the copies that published it too, the agreements it renews or is
 * renewed by, and the fields the sources disagree on.
 */
public final class KnowledgeFactJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KnowledgeFactJson() {
    }

    public static ObjectNode write(KnowledgeFact f) {
        ObjectNode node = NODES.objectNode();
        node.put("id", f.id());
        node.put("type", f.type().code());
        node.put("summary", f.summary());
        node.put("review_state", f.reviewState().code());
        node.put("confidence", f.confidence());
        node.put("first_seen", f.firstSeen().orElse(null));
        node.put("last_seen", f.lastSeen().orElse(null));
        node.set("fact", FactJson.write(f.fact()));
        ObjectNode edits = node.putObject("edits");
        f.edits().forEach(edits::put);
        node.put("sources_in_all", f.sourcesInAll());
        ArrayNode sources = node.putArray("sources");
        for (Source s : f.sources()) {
            ObjectNode source = sources.addObject()
                    .put("statement", s.statement())
                    .put("document", s.document())
                    .put("sentence", s.sentence())
                    .put("confidence", s.confidence());
            DocumentInfoJson.putInto(source.putObject("publication"), s.publication());
            source.set("also_published_by", copies(s.alsoPublishedBy()));
        }
        node.set("links", links(f.links()));
        ArrayNode conflicts = node.putArray("conflicts");
        for (Conflict c : f.conflicts()) {
            ObjectNode conflict = conflicts.addObject();
            conflict.put("field", c.field());
            ObjectNode values = conflict.putObject("values");
            c.documentsByValue().forEach((value, documents) -> documents.forEach(values.withArray(value)::add));
        }
        return node;
    }

    /**
     * Renewal links: {@code [{"relation": "renews", "fact": 12, "kind": "mou", "year": 2014,
     * "text": "renews the 2014 MOU"}]}, where {@code fact} is the other knowledge fact's id.
     */
    public static ArrayNode links(List<FactLink> links) {
        ArrayNode array = NODES.arrayNode();
        for (FactLink link : links) {
            array.addObject().put("relation", link.relation().code()).put("fact", link.other())
                    .put("kind", link.otherKind().code()).put("year", link.otherYear().orElse(null))
                    .put("text", link.text());
        }
        return array;
    }

    /** Copies that also published a report: {@code [{"id": 7, "name": ..., "source": ..., "outlet": ...}]}. */
    public static ArrayNode copies(List<Copy> copies) {
        ArrayNode array = NODES.arrayNode();
        copies.forEach(c -> array.addObject().put("id", c.document()).put("name", c.name()).put("source", c.source())
                .put("outlet", c.outlet().orElse(null)));
        return array;
    }
}
