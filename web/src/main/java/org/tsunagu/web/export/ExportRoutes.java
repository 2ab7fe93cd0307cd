package org.tsunagu.web.export;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.web.calendar.CalendarFilter;

/** The export page and the downloads it lists, streamed as they are read from the store. */
public final class ExportRoutes {

    private final Database database;
    private final Exporter exporter;
    private final TemplateEngine templates;

    private ExportRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.exporter = new Exporter(database, Clock.systemUTC());
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        ExportRoutes routes = new ExportRoutes(database, templates);
        app.get("/export", routes::page);
        app.get("/export/{type}.csv", ctx -> routes.download(ctx, ExportFormat.CSV, Optional.of(factType(ctx))));
        app.get("/export/graph.jsonld", ctx -> routes.download(ctx, ExportFormat.JSONLD, Optional.empty()));
        app.get("/export/graph.graphml", ctx -> routes.download(ctx, ExportFormat.GRAPHML, Optional.empty()));
        app.get("/export/events.ics", routes::calendar);
    }

    private void page(Context ctx) {
        List<ExportPage.Spreadsheet> spreadsheets = Arrays.stream(FactType.values())
                .map(type -> new ExportPage.Spreadsheet(type, Exporter.fileName(ExportFormat.CSV, Optional.of(type)),
                        database.knowledgeFacts(KnowledgeQuery.all().withType(type).withLimit(1)).total()))
                .toList();
        StringOutput html = new StringOutput();
        templates.render("export/export.jte", new ExportPage(spreadsheets), html);
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    /** Streams the export: once the first bytes are out, a failure can only cut the file short. */
    private void download(Context ctx, ExportFormat format, Optional<FactType> type) throws IOException {
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + Exporter.fileName(format, type) + "\"");
        exporter.write(format, type, ctx.outputStream());
    }

    /** The calendar feed, filtered as the calendar page is: events only unless {@code kinds} says otherwise. */
    private void calendar(Context ctx) throws IOException {
        CalendarFilter filter = CalendarFilter.read(ctx, CalendarFilter.EVENTS.kinds());
        ctx.contentType(ExportFormat.ICS.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + Exporter.fileName(ExportFormat.ICS, Optional.empty())
                + "\"");
        exporter.writeCalendar(filter, ctx.outputStream());
    }

    private static FactType factType(Context ctx) {
        String code = ctx.pathParam("type");
        return Coded.fromCode(FactType.class, code).orElseThrow(() -> new NotFoundResponse("no export of " + code));
    }
}
