package org.tsunagu.web.graph;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.graph.Paths;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;

/** The network page and {@code /api/graph}: neighbourhoods, the most connected entities, paths between two. */
public final class GraphRoutes {

    /** The overview page shows more than the home page's small network. */
    private static final int TOP_ON_PAGE = 60;
    private static final int CHOICES = 20;

    private final Database database;
    private final TemplateEngine templates;
    private final OverviewCache overviews = new OverviewCache(Clock.systemUTC());

    private GraphRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        GraphRoutes routes = new GraphRoutes(database, templates);
        app.get("/network", routes::networkPage);
        app.get("/api/graph", routes::graph);
        app.get("/api/graph/paths", routes::paths);
    }

    private void graph(Context ctx) {
        Optional<GraphQuery> query = GraphRequest.query(ctx);
        Graph graph = query.isPresent() ? neighbourhood(query.get())
                : mostConnected(GraphRequest.kinds(ctx), GraphRequest.top(ctx));
        ctx.json(GraphJson.graph(graph));
    }

    private void paths(Context ctx) {
        long from = GraphRequest.id(ctx, "from");
        long to = GraphRequest.id(ctx, "to");
        ctx.json(GraphJson.paths(from, to, paths(from, to, GraphRequest.kinds(ctx))));
    }

    private void networkPage(Context ctx) {
        Optional<GraphQuery> query = GraphRequest.query(ctx);
        Set<FactType> kinds = query.map(GraphQuery::kinds).orElseGet(() -> GraphRequest.kinds(ctx));
        String toName = Optional.ofNullable(ctx.queryParam("to_name")).orElse("").strip();
        NetworkPage.Filters filters = new NetworkPage.Filters(query.map(GraphQuery::depth).orElse(1), kinds,
                query.flatMap(GraphQuery::from), query.flatMap(GraphQuery::to), toName);
        Optional<Entity> start = query.map(q -> entity(q.entity()));
        List<Entity> choices = start.isPresent() ? targets(ctx, toName) : List.of();
        Optional<Long> target = choices.size() == 1 ? Optional.of(choices.get(0).id()) : Optional.empty();
        Optional<Paths> paths = start.flatMap(s -> target.map(t -> paths(s.id(), t, kinds)));
        Graph graph = paths.map(Paths::graph).orElseGet(() -> query.map(this::neighbourhood)
                .orElseGet(() -> mostConnected(kinds, TOP_ON_PAGE)));
        String json = paths.map(p -> GraphJson.paths(start.get().id(), target.get(), p))
                .orElseGet(() -> GraphJson.graph(graph)).toString();
        HtmlPages.render(ctx, templates, "graph/network.jte", new NetworkPage(filters, start,
                target.map(this::entity), graph, paths, json, choices.size() == 1 ? List.of() : choices));
    }

    /** The entity that paths should lead to: the one {@code to_entity} names, else those {@code to_name} may mean. */
    private List<Entity> targets(Context ctx, String toName) {
        Optional<Long> id = QueryParameters.optionalId(ctx, "to_entity");
        if (id.isPresent()) {
            return List.of(entity(id.get()));
        }
        return toName.isEmpty() ? List.of() : matching(toName);
    }

    /** The entity of that name, when one is named exactly so; else every entity whose names contain it. */
    private List<Entity> matching(String name) {
        List<Entity> found = database.entities(EntityQuery.all().withText(name).withLimit(CHOICES)).items();
        List<Entity> exact = found.stream().filter(e -> e.name().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).toList();
        return exact.size() == 1 ? exact : found;
    }

    private Graph mostConnected(Set<FactType> kinds, int top) {
        return overviews.get(kinds, top, () -> database.mostConnected(kinds, top));
    }

    private Graph neighbourhood(GraphQuery query) {
        return database.neighbourhood(query)
                .orElseThrow(() -> new NotFoundException("no entity " + query.entity()));
    }

    private Paths paths(long from, long to, Set<FactType> kinds) {
        return database.paths(from, to, kinds)
                .orElseThrow(() -> new NotFoundException("no entity " + (database.entity(from).isEmpty() ? from : to)));
    }

    private Entity entity(long id) {
        return database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
    }
}
