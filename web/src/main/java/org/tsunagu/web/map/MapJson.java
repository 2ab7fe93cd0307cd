package org.tsunagu.web.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The API's JSON form of a map, which the page's script draws as it is. */
final class MapJson {

    private MapJson() {
    }

    static ObjectNode of(PlaceMap map) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode places = body.putArray("places");
        for (PlaceMap.Place place : map.places()) {
            ObjectNode node = places.addObject().put("id", place.id()).put("name", place.name())
                    .put("kind", place.kind()).put("country", place.country())
                    .put("latitude", place.at().latitude()).put("longitude", place.at().longitude());
            ArrayNode entities = node.putArray("entities");
            place.entities().forEach(e -> entities.addObject().put("id", e.id()).put("name", e.name()));
        }
        ArrayNode ties = body.putArray("ties");
        for (PlaceMap.Tie tie : map.ties()) {
            ties.addObject().put("from", tie.from()).put("to", tie.to()).put("kind", tie.kind().code())
                    .put("facts", tie.facts()).put("first_year", tie.firstYear().orElse(null))
                    .put("last_year", tie.lastYear().orElse(null));
        }
        return body.put("unplaced", map.unplaced()).put("truncated", map.truncated());
    }
}
