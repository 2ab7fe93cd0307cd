package org.tsunagu.web.graph;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.graph.Paths;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.InvalidRequestException;

/**
 * The network page: around an entity ({@code start}), the paths from it to {@code target}, or the
 * most connected entities when none is chosen; the filters that shaped it; the network as JSON for
 * the script to draw, and as links for readers without it. {@code choices} are the entities a
 * name typed in the form could mean.
 */
record NetworkPage(Filters filters, Optional<Entity> start, Optional<Entity> target, NetworkView view,
        Optional<Paths> paths, String json, List<Entity> choices) {

    /** The form's values, echoed back. */
    record Filters(int depth, Set<FactType> kinds, Optional<Integer> from, Optional<Integer> to, String toName,
            Hiding hiding, Colouring colouring, int top) {
    }

    /** What the fill of an entity shows: its type (the shape shows it too) or its country ({@code colour}). */
    enum Colouring implements Coded {
        TYPE,
        COUNTRY;

        static Colouring of(Context ctx) {
            String code = Optional.ofNullable(ctx.queryParam("colour")).map(String::strip).orElse("");
            return code.isEmpty() ? TYPE : Coded.fromCode(Colouring.class, code).orElseThrow(
                    () -> new InvalidRequestException("colour: expected type or country, not '" + code + "'"));
        }
    }

    Graph graph() {
        return view.graph();
    }

    List<Colouring> colourings() {
        return List.of(Colouring.values());
    }

    boolean hidden(NetworkView.CountryShare country) {
        return filters.hiding().countries().contains(country.name());
    }

    String maxTies() {
        return filters.hiding().maxTies().map(String::valueOf).orElse("");
    }

    /** The GraphML download of what is drawn: the page's query less what only the page reads (colour, paths). */
    String graphMlLink() {
        List<String> query = new ArrayList<>();
        start.ifPresent(e -> query.add("entity=" + e.id()));
        if (start.isPresent() && filters.depth() != 1) {
            query.add("depth=" + filters.depth());
        }
        if (filters.kinds().size() < FactType.values().length) {
            filters.kinds().forEach(kind -> query.add("kinds=" + kind.code()));
        }
        filters.from().ifPresent(year -> query.add("from=" + year));
        filters.to().ifPresent(year -> query.add("to=" + year));
        filters.hiding().countries().stream().sorted()
                .forEach(c -> query.add("hide_country=" + URLEncoder.encode(c, StandardCharsets.UTF_8)));
        filters.hiding().maxTies().ifPresent(max -> query.add("max_ties=" + max));
        if (start.isEmpty()) {
            query.add("top=" + filters.top());
        }
        return "/export/network.graphml" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    String title() {
        return heading() + " · Tsunagu";
    }

    String heading() {
        if (start.isPresent() && target.isPresent()) {
            return "Paths from " + start.get().name() + " to " + target.get().name();
        }
        return start.map(e -> "Network around " + e.name()).orElse("The most connected entities");
    }

    List<FactType> kinds() {
        return List.of(FactType.values());
    }

    boolean selected(FactType kind) {
        return filters.kinds().contains(kind);
    }

    List<Integer> depths() {
        return List.of(1, GraphQuery.MAX_DEPTH);
    }

    String from() {
        return filters.from().map(String::valueOf).orElse("");
    }

    String to() {
        return filters.to().map(String::valueOf).orElse("");
    }

    /** Each path as its entities in order. */
    List<List<GraphNode>> pathNodes() {
        Map<Long, GraphNode> byId = graph().nodes().stream()
                .collect(Collectors.toMap(GraphNode::id, Function.identity()));
        return paths.map(p -> p.paths().stream().map(path -> path.stream().map(byId::get).toList()).toList())
                .orElse(List.of());
    }

    /** The entities of the network by distance from its centre, for a reader without the drawing. */
    Map<Integer, List<GraphNode>> byDistance() {
        return graph().nodes().stream().collect(Collectors.groupingBy(GraphNode::distance, TreeMap::new,
                Collectors.toList()));
    }

    long centre() {
        return start.map(Entity::id).orElse(0L);
    }
}
