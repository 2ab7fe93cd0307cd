package org.tsunagu.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;

/**
 * The evaluation interchange form ({@code eval-jsonl}, see the shared SCHEMA.md): one object per
 * document, arguments written as plain names. It is the full form with every argument object
 * replaced by its name, so the two can never disagree; evidence and confidence stay as extras.
 */
public final class EvalJson {

    private EvalJson() {
    }

    public static ObjectNode write(Extraction extraction) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("doc", extraction.document().name());
        line.put("doc_date", extraction.documentDate().map(Object::toString).orElse(null));
        ArrayNode facts = line.putArray("facts");
        for (Fact fact : extraction.facts()) {
            facts.add(write(fact));
        }
        return line;
    }

    public static ObjectNode write(Fact fact) {
        ObjectNode node = FactJson.write(fact);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            field.setValue(namesOnly(field.getValue()));
        }
        return node;
    }

    private static JsonNode namesOnly(JsonNode value) {
        if (isEntity(value)) {
            return TextNode.valueOf(value.get("name").asText());
        }
        if (value.isArray()) {
            ArrayNode names = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> names.add(namesOnly(element)));
            return names;
        }
        return value;
    }

    private static boolean isEntity(JsonNode value) {
        return value.isObject() && value.has("entity_type") && value.has("name");
    }
}
