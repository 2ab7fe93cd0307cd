package org.tsunagu.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of search results, the same for the API and the command line: the query, the page
 * of hits with their links and snippets (as text and as parts, the matches marked), the facet counts.
 */
public final class SearchJson {

    private SearchJson() {
    }

    public static ObjectNode of(SearchResults results) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("q", results.request().text());
        ObjectNode filters = body.putObject("filters");
        results.request().filters().forEach((facet, value) -> filters.put(facet.code(), value));
        body.put("total", results.total());
        body.put("limit", results.request().limit());
        body.put("offset", results.request().offset());
        ArrayNode hits = body.putArray("items");
        results.hits().forEach(hit -> hits.add(hit(hit)));
        ObjectNode facets = body.putObject("facets");
        for (FacetCounts counts : results.facets()) {
            ArrayNode values = facets.putArray(counts.facet().code());
            counts.values().forEach(value -> values.addObject().put("value", value.value()).put("count", value.count())
                    .put("selected", value.selected()));
        }
        return body;
    }

    private static ObjectNode hit(SearchHit hit) {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("kind", hit.kind().code())
                .put("id", hit.id())
                .put("type", hit.type())
                .put("title", hit.title())
                .put("url", hit.path())
                .put("snippet", hit.snippet().text());
        ArrayNode parts = node.putArray("snippet_parts");
        for (Snippet.Part part : hit.snippet().parts()) {
            parts.addObject().put("text", part.text()).put("match", part.match());
        }
        hit.countries().forEach(node.putArray("countries")::add);
        hit.year().ifPresent(year -> node.put("year", year));
        hit.state().ifPresent(state -> node.put("state", state));
        node.put("score", hit.score());
        return node;
    }
}
