package org.tsunagu.web.map;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.Database;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.CountryParameter;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.graph.GraphRequest;

/**
 * The map page and {@code /api/map}: the network, filtered as on the network page and by country,
 * drawn at the places of the reference data.
 */
public final class MapRoutes {

    /** A map has room for more entities than a drawing of the network. */
    private static final int TOP_ON_MAP = 150;

    private final Database database;
    private final TemplateEngine templates;
    private final PlaceMaps maps = new PlaceMaps(ReferencePlaces.standard());

    private MapRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        MapRoutes routes = new MapRoutes(database, templates);
        app.get("/map", routes::page);
        app.get("/api/map", ctx -> ctx.json(MapJson.of(routes.map(ctx, GraphRequest.query(ctx)))));
    }

    private void page(Context ctx) {
        Optional<GraphQuery> query = GraphRequest.query(ctx);
        PlaceMap map = map(ctx, query);
        Set<FactType> kinds = query.map(GraphQuery::kinds).orElseGet(() -> GraphRequest.kinds(ctx));
        HtmlPages.render(ctx, templates, "map/map.jte", new MapPage(query.map(q -> entity(q.entity())),
                query.map(GraphQuery::depth).orElse(1), kinds, query.flatMap(GraphQuery::from),
                query.flatMap(GraphQuery::to), country(ctx), map, MapJson.of(map).toString()));
    }

    private PlaceMap map(Context ctx, Optional<GraphQuery> query) {
        Graph graph = query.isPresent()
                ? database.neighbourhood(query.get()).orElseThrow(() -> new NotFoundException("no entity "
                        + query.get().entity()))
                : database.mostConnected(GraphRequest.kinds(ctx),
                        QueryParameters.optionalNumber(ctx, "top", 1, GraphQuery.DEFAULT_MAX_NODES).orElse(TOP_ON_MAP));
        return maps.draw(graph, database.referencePlaces(graph.nodes().stream().map(GraphNode::id).toList()),
                country(ctx));
    }

    private static Optional<String> country(Context ctx) {
        return CountryParameter.read(ctx).map(ReferencePlace::id);
    }

    private Entity entity(long id) {
        return database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
    }
}
