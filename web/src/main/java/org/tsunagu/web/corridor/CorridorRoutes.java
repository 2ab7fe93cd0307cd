package org.tsunagu.web.corridor;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.tsunagu.model.money.ExchangeRates;
import org.tsunagu.store.Database;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;

/** Corridor pages, the corridors of an entity, and the figures as JSON and CSV: the same reads, three forms. */
public final class CorridorRoutes {

    /** The currencies figures can be compared in: US dollars by default, or yen. */
    private static final List<String> CURRENCIES = List.of("USD", "JPY");

    private final Corridors corridors;
    private final TemplateEngine templates;

    private CorridorRoutes(Corridors corridors, TemplateEngine templates) {
        this.corridors = corridors;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        CorridorRoutes routes = new CorridorRoutes(new Corridors(database, ExchangeRates.bundled()), templates);
        app.get("/corridors/{investor}/{destination}", routes::page);
        app.get("/entities/{id}/corridors", routes::listPage);
        app.get("/api/corridors/{investor}/{destination}", routes::json);
        app.get("/api/corridors/{investor}/{destination}/figures.csv", routes::csv);
    }

    private void page(Context ctx) {
        HtmlPages.render(ctx, templates, "corridor/corridor.jte", new CorridorPage(report(ctx), CURRENCIES));
    }

    private void listPage(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        HtmlPages.render(ctx, templates, "corridor/list.jte", new CorridorListPage(corridors.entity(id), corridors.of(id)));
    }

    private void json(Context ctx) {
        ctx.json(CorridorJson.report(report(ctx)));
    }

    private void csv(Context ctx) throws IOException {
        CorridorReport report = report(ctx);
        ctx.contentType("text/csv; charset=utf-8; header=present");
        ctx.header("Content-Disposition", "attachment; filename=\"corridor-" + report.corridor().investor() + "-"
                + report.corridor().destination() + "-" + report.currencyCode().toLowerCase(Locale.ROOT) + ".csv\"");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CorridorCsv.write(report, out);
    }

    private CorridorReport report(Context ctx) {
        return corridors.report(QueryParameters.pathId(ctx, "investor"), QueryParameters.pathId(ctx, "destination"),
                currency(ctx));
    }

    private static Currency currency(Context ctx) {
        String code = ctx.queryParamAsClass("currency", String.class).getOrDefault("USD").toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(code)) {
            throw new InvalidRequestException("currency must be one of " + String.join(", ", CURRENCIES) + ": " + code);
        }
        return Currency.getInstance(code);
    }
}
