package org.tsunagu.cli.kb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.knowledge.Conflict;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.Source;
import org.tsunagu.store.resolution.Entity;

/** The JSON lines the knowledge-base commands print with {@code --json}: one object per line, for scripts. */
final class KbJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KbJson() {
    }

    static ObjectNode entity(Entity e) {
        ObjectNode node = NODES.objectNode();
        node.put("id", e.id());
        node.put("type", e.type().code());
        node.put("name", e.name());
        e.aliases().forEach(node.putArray("aliases")::add);
        node.put("level", e.level().orElse(null));
        node.put("parent", e.parent().orElse(null));
        node.put("governs", e.governs().orElse(null));
        node.put("mentions", e.mentions());
        node.put("curated", e.curated());
        return node;
    }

    static ObjectNode fact(KnowledgeFact f) {
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
        var sources = node.putArray("sources");
        for (Source s : f.sources()) {
            ObjectNode source = sources.addObject();
            source.put("document", s.document());
            source.put("sentence", s.sentence());
            source.put("confidence", s.confidence());
            var copies = source.putArray("also_published_by");
            s.alsoPublishedBy().forEach(c -> copies.addObject().put("name", c.name()).put("source", c.source()));
        }
        var conflicts = node.putArray("conflicts");
        for (Conflict c : f.conflicts()) {
            ObjectNode conflict = conflicts.addObject();
            conflict.put("field", c.field());
            ObjectNode values = conflict.putObject("values");
            c.documentsByValue().forEach((value, documents) -> documents.forEach(values.withArray(value)::add));
        }
        return node;
    }
}
