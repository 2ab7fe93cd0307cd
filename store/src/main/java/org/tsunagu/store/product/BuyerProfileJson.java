package org.tsunagu.store.product;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A buyer profile as the API and the audit log write it. */
public final class BuyerProfileJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BuyerProfileJson() {
    }

    public static ObjectNode write(BuyerProfile buyer) {
        ObjectNode node = NODES.objectNode().put("id", buyer.id()).put("name", buyer.name());
        if (buyer.entity().isPresent()) {
            node.put("entity", buyer.entity().get());
        } else {
            node.putNull("entity");
        }
        ArrayNode channels = node.putArray("channels");
        buyer.channels().forEach(c -> channels.add(c.code()));
        ArrayNode categories = node.putArray("categories");
        buyer.categories().forEach(categories::add);
        ArrayNode regions = node.putArray("regions");
        buyer.regions().forEach(regions::add);
        return node.put("source", buyer.source().code()).put("created_at", buyer.createdAt())
                .put("created_by", buyer.createdBy());
    }
}
