package org.tsunagu.web.fact;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.fact.StoredFact;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeFactJson;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.web.api.PageJson;
import org.tsunagu.web.api.Paging;

/**
 * The home page and the fact listings of the API: {@code /api/facts} lists knowledge facts (the ids
 * review takes) with their sources and conflicts, {@code /api/statements} what each document said
 * (the query the home page runs), with ids of their own.
 */
public final class FactRoutes {

    private static final int NEWEST_ON_HOME = 20;
    private static final int RESULTS_ON_HOME = 50;

    private final Database database;
    private final TemplateEngine templates;

    private FactRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        FactRoutes routes = new FactRoutes(database, templates);
        app.get("/", routes::home);
        app.get("/api/facts", routes::knowledgeFacts);
        app.get("/api/statements", routes::statements);
    }

    private void home(Context ctx) {
        FactQuery query = FactRequest.query(ctx, FactRequest.paging(ctx, NEWEST_ON_HOME));
        boolean searching = query.text().isPresent();
        if (searching && ctx.queryParam("limit") == null) {
            query = query.withLimit(RESULTS_ON_HOME);
        }
        HomePage page = new HomePage(database.counts(), query, searching,
                searching ? database.findFacts(query) : new Page<>(0, List.of()),
                searching ? List.of() : database.newestFacts(query.type(), query.limit()));
        StringOutput html = new StringOutput();
        templates.render("fact/home.jte", page, html);
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    private void knowledgeFacts(Context ctx) {
        Paging paging = Paging.of(ctx, FactQuery.DEFAULT_LIMIT, KnowledgeQuery.MAX_LIMIT);
        Page<KnowledgeFact> page = database.knowledgeFacts(FactRequest.knowledgeQuery(ctx, paging));
        ctx.json(PageJson.of(page, paging, KnowledgeFactJson::write));
    }

    private void statements(Context ctx) {
        Paging paging = FactRequest.paging(ctx, FactQuery.DEFAULT_LIMIT);
        Page<StoredFact> page = database.findFacts(FactRequest.query(ctx, paging));
        ctx.json(PageJson.of(page, paging, FactRoutes::json));
    }

    private static ObjectNode json(StoredFact fact) {
        return JsonNodeFactory.instance.objectNode()
                .put("id", fact.id())
                .put("type", fact.type().code())
                .put("summary", fact.summary())
                .<ObjectNode>set("fact", FactJson.write(fact.fact()))
                .put("document", fact.document())
                .put("sentence", fact.sentence())
                .put("confidence", fact.confidence());
    }
}
