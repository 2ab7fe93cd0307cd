package org.tsunagu.cli.kb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.store.resolution.Entity;

/** Entities as the JSON lines the knowledge-base commands print with {@code --json}, for scripts. */
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
        node.put("native_name", e.nativeName().orElse(null));
        node.put("parent", e.parent().orElse(null));
        node.put("governs", e.governs().orElse(null));
        node.put("mentions", e.mentions());
        node.put("curated", e.curated());
        return node;
    }
}
