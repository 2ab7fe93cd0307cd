package org.tsunagu.web.search;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.tsunagu.search.RebuildListener;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.search.SearchJson;
import org.tsunagu.search.SearchResults;
import org.tsunagu.store.Database;

/**
 * {@code /search} and {@code /api/search}: one search of the index, as a page and as JSON. The
 * index is opened with the server, brought up to date before it serves, and closed with it.
 */
public final class SearchRoutes {

    private final RecentSearches searches;
    private final TemplateEngine templates;

    private SearchRoutes(SearchIndex index, TemplateEngine templates) {
        this.searches = new RecentSearches(index);
        this.templates = templates;
    }

    /** @return the index, which other routes may search too */
    public static SearchIndex addTo(Javalin app, Database database, TemplateEngine templates) {
        SearchIndex index = SearchIndex.open(database);
        index.refresh(RebuildListener.SILENT);
        app.events(events -> events.serverStopped(index::close));
        SearchRoutes routes = new SearchRoutes(index, templates);
        app.get("/search", routes::page);
        app.get("/api/search", routes::api);
        return index;
    }

    private void page(Context ctx) {
        SearchResults results = searches.search(SearchParameters.parse(ctx.queryParamMap()));
        StringOutput html = new StringOutput();
        templates.render("search/search.jte", new SearchPage(results), html);
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    private void api(Context ctx) {
        ctx.json(SearchJson.of(searches.search(SearchParameters.parse(ctx.queryParamMap()))));
    }
}
