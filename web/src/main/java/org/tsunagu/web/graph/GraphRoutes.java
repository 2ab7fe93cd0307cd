package org.tsunagu.web.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.graph.Paths;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.export.ExportFormat;
import org.tsunagu.web.export.Exporter;
import org.tsunagu.web.partner.PartnerJson;
import org.tsunagu.web.partner.ProposedPartners;

/**
 * The network page and {@code /api/graph}: neighbourhoods, the most connected entities, paths
 * between two; the facts behind an edge ({@code /api/graph/ties}); a drawn network as GraphML.
 */
public final class GraphRoutes {

    /** The overview page shows more than the home page's small network. */
    private static final int TOP_ON_PAGE = 60;
    private static final int CHOICES = 20;
    private static final String GRAPHML_PATH = "/export/network.graphml";

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
        app.get("/api/graph/ties", routes::ties);
        app.get(GRAPHML_PATH, routes::graphMl);
    }

    private void graph(Context ctx) {
        ctx.json(withProposed(view(ctx)));
    }

    /** The network as JSON with the ties editors proposed among its entities, which no fact makes. */
    private ObjectNode withProposed(NetworkView view) {
        return PartnerJson.withProposed(GraphJson.graph(view),
                database.proposedTiesAmong(view.graph().nodes().stream().map(GraphNode::id).toList()));
    }

    /** The network the request asks for, less what it hides. */
    private NetworkView view(Context ctx) {
        Optional<GraphQuery> query = GraphRequest.query(ctx);
        Graph graph = query.isPresent() ? neighbourhood(query.get())
                : mostConnected(GraphRequest.kinds(ctx), GraphRequest.top(ctx));
        return view(graph, Hiding.of(ctx), query.map(GraphQuery::entity).orElse(0L));
    }

    private NetworkView view(Graph graph, Hiding hiding, long centre) {
        return NetworkView.of(graph, database.countries(graph.nodes().stream().map(GraphNode::id).toList()), hiding,
                centre);
    }

    private void paths(Context ctx) {
        long from = GraphRequest.id(ctx, "from");
        long to = GraphRequest.id(ctx, "to");
        Paths paths = paths(from, to, GraphRequest.kinds(ctx));
        ctx.json(GraphJson.paths(from, to, paths, view(paths.graph(), Hiding.NOTHING, from)));
    }

    /** The facts behind the edge between {@code source} and {@code target}, of the kinds and years asked. */
    private void ties(Context ctx) {
        Entity source = entity(GraphRequest.id(ctx, "source"));
        Entity target = entity(GraphRequest.id(ctx, "target"));
        GraphRequest.Years years = GraphRequest.years(ctx);
        List<Long> facts = database.factsTying(List.of(source.id(), target.id()), GraphRequest.kinds(ctx),
                years.from(), years.to());
        ctx.json(TieEvidence.json(database, source, target, facts));
    }

    /** The network as the page draws it for the same query, with the facts behind its edges, for Gephi or yEd. */
    private void graphMl(Context ctx) throws IOException {
        Optional<GraphQuery> query = GraphRequest.query(ctx);
        Set<FactType> kinds = query.map(GraphQuery::kinds).orElseGet(() -> GraphRequest.kinds(ctx));
        NetworkView view = view(ctx);
        List<Long> ids = view.graph().nodes().stream().map(GraphNode::id).toList();
        List<Entity> entities = ids.stream().flatMap(id -> database.entity(id).stream()).toList();
        List<Long> facts = database.factsTying(ids, kinds, query.flatMap(GraphQuery::from),
                query.flatMap(GraphQuery::to));
        Iterable<KnowledgeFact> known = () -> facts.stream().flatMap(id -> database.knowledgeFact(id).stream())
                .iterator();
        ctx.contentType(ExportFormat.GRAPHML.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"network.graphml\"");
        Exporter.writeGraphMl(entities, known, ctx.outputStream());
    }

    private void networkPage(Context ctx) {
        Optional<GraphQuery> query = GraphRequest.query(ctx);
        Set<FactType> kinds = query.map(GraphQuery::kinds).orElseGet(() -> GraphRequest.kinds(ctx));
        String toName = Optional.ofNullable(ctx.queryParam("to_name")).orElse("").strip();
        Hiding hiding = Hiding.of(ctx);
        NetworkPage.Filters filters = new NetworkPage.Filters(query.map(GraphQuery::depth).orElse(1), kinds,
                query.flatMap(GraphQuery::from), query.flatMap(GraphQuery::to), toName, hiding,
                NetworkPage.Colouring.of(ctx), GraphRequest.top(ctx, TOP_ON_PAGE));
        Optional<Entity> start = query.map(q -> entity(q.entity()));
        List<Entity> choices = start.isPresent() ? targets(ctx, toName) : List.of();
        Optional<Long> target = choices.size() == 1 ? Optional.of(choices.get(0).id()) : Optional.empty();
        Optional<Paths> paths = start.flatMap(s -> target.map(t -> paths(s.id(), t, kinds)));
        long centre = start.map(Entity::id).orElse(0L);
        NetworkView view = paths.map(p -> view(p.graph(), Hiding.NOTHING, centre)).orElseGet(() -> view(
                query.map(this::neighbourhood).orElseGet(() -> mostConnected(kinds, filters.top())), hiding, centre));
        String json = paths.map(p -> GraphJson.paths(centre, target.get(), p, view))
                .orElseGet(() -> withProposed(view)).toString();
        HtmlPages.render(ctx, templates, "graph/network.jte", new NetworkPage(filters, start,
                target.map(this::entity), view, paths, json, choices.size() == 1 ? List.of() : choices));
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

    /** The network around the entity, with the partners editors proposed for it. */
    private Graph neighbourhood(GraphQuery query) {
        return ProposedPartners.joined(database, database.neighbourhood(query)
                .orElseThrow(() -> new NotFoundException("no entity " + query.entity())), query.entity());
    }

    private Paths paths(long from, long to, Set<FactType> kinds) {
        return database.paths(from, to, kinds)
                .orElseThrow(() -> new NotFoundException("no entity " + (database.entity(from).isEmpty() ? from : to)));
    }

    private Entity entity(long id) {
        return database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
    }
}
