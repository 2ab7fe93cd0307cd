package org.tsunagu.web.vitality;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.vitality.RankedTies;
import org.tsunagu.store.vitality.TieQuery;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.PageLinks;

/** The ranked view of ties by vitality ({@code /ties}) and its JSON twin ({@code /api/ties}). */
public final class TieRoutes {

    public static final String PATH = "/ties";

    private final Database database;
    private final TemplateEngine templates;
    private final Clock clock;

    private TieRoutes(Database database, TemplateEngine templates, Clock clock) {
        this.database = database;
        this.templates = templates;
        this.clock = clock;
    }

    /** The reference year is this year by {@code clock} unless a request asks for another. */
    public static void addTo(Javalin app, Database database, TemplateEngine templates, Clock clock) {
        TieRoutes routes = new TieRoutes(database, templates, clock);
        app.get(PATH, routes::page);
        app.get("/api/ties", routes::list);
    }

    private void page(Context ctx) {
        TieQuery query = TieRequest.query(ctx, clock);
        Optional<Entity> entity = query.entity().map(this::entity);
        RankedTies ranked = database.ties(query);
        int thisYear = TieRequest.thisYear(clock);
        PageLinks paging = new PageLinks(PATH, TiesPage.parameters(query, thisYear), ranked.ties().total(),
                query.offset(), query.limit(), ranked.ties().items().size());
        HtmlPages.render(ctx, templates, "vitality/ties.jte", new TiesPage(ranked, query, entity, paging, thisYear));
    }

    private void list(Context ctx) {
        TieQuery query = TieRequest.query(ctx, clock);
        query.entity().ifPresent(this::entity);
        ctx.json(TieJson.ranked(database.ties(query), query));
    }

    private Entity entity(long id) {
        return database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
    }
}
