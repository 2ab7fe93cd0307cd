package org.tsunagu.store.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One change a person made: who, when (ISO 8601), the operation as JSON, and the state before and after. */
public record AuditEntry(long id, String at, String user, String operation, String target, String before,
        String after) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The entry as one JSON object, its operation and states as JSON rather than text: what scripts read. */
    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("at", at);
        node.put("user", user);
        node.set("operation", tree(operation));
        node.put("target", target);
        node.set("before", tree(before));
        node.set("after", tree(after));
        return node;
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? JsonNodeFactory.instance.nullNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(json);
        }
    }
}
