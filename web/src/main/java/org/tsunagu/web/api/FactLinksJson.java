package org.tsunagu.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.web.RenewalWords;

/**
 * A fact's links in the API: {@code [{"relation": "renews", "fact": 12, "kind": "mou", "year": 2014,
 * "text": "renews the 2014 MOU"}]}, where {@code fact} is the other knowledge fact's id.
 */
public final class FactLinksJson {

    private FactLinksJson() {
    }

    public static ArrayNode of(List<FactLink> links) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (FactLink link : links) {
            array.addObject().put("relation", link.relation().code()).put("fact", link.other())
                    .put("kind", link.otherKind().code()).put("year", link.otherYear().orElse(null))
                    .put("text", RenewalWords.of(link));
        }
        return array;
    }
}
