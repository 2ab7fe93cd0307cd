package org.tsunagu.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.tsunagu.store.fact.Page;

/** The envelope of every listing in the API: {@code items}, {@code limit}, {@code offset} and {@code total}. */
public final class PageJson {

    private PageJson() {
    }

    public static <T> ObjectNode of(Page<T> page, Paging paging, Function<T, ? extends JsonNode> item) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        body.put("limit", paging.limit());
        body.put("offset", paging.offset());
        body.put("total", page.total());
        return body;
    }
}
