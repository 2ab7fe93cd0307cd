package org.tsunagu.web.calendar;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;

/**
 * The calendar page: events and signings, past and to come, by month ({@code month=2024-11}) or
 * as a year's list ({@code view=list}), filtered as the iCalendar feed is.
 */
public final class CalendarRoutes {

    /** More than a year of any knowledge base so far; a page never grows past it. */
    private static final int MAX_IN_YEAR = 2_000;
    private static final int COMING_UP = 8;

    private final Database database;
    private final TemplateEngine templates;
    private final Clock clock;
    private final CalendarReader reader;
    private final List<ReferencePlace> countries;

    private CalendarRoutes(Database database, TemplateEngine templates, Clock clock) {
        this.database = database;
        this.templates = templates;
        this.clock = clock;
        this.reader = new CalendarReader(database, ReferencePlaces.standard());
        this.countries = ReferencePlaces.standard().all().stream().filter(ReferencePlace::isCountry)
                .sorted(Comparator.comparing(ReferencePlace::name)).toList();
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates, Clock clock) {
        CalendarRoutes routes = new CalendarRoutes(database, templates, clock);
        app.get("/calendar", routes::page);
    }

    private void page(Context ctx) {
        CalendarFilter filter = CalendarFilter.read(ctx, CalendarFilter.DATED);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = month(ctx).orElseGet(() -> YearMonth.from(today));
        Optional<Entity> entity = filter.entity().map(id -> database.entity(id)
                .orElseThrow(() -> new NotFoundException("no entity " + id)));
        List<Dated> items = reader.between(filter, month.getYear(), month.getYear(), MAX_IN_YEAR);
        List<Dated> comingUp = reader.between(filter, today.getYear(), today.getYear() + 100, MAX_IN_YEAR).stream()
                .filter(item -> item.upcoming(today)).limit(COMING_UP).toList();
        HtmlPages.render(ctx, templates, "calendar/calendar.jte", new CalendarPage(filter, entity, month,
                listView(ctx), items, comingUp, today, countries));
    }

    private static Optional<YearMonth> month(Context ctx) {
        String value = Optional.ofNullable(ctx.queryParam("month")).orElse("").strip();
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month: expected a year and month such as 2024-11, not '" + value + "'");
        }
    }

    private static boolean listView(Context ctx) {
        String view = Optional.ofNullable(ctx.queryParam("view")).orElse("month");
        return switch (view) {
            case "month" -> false;
            case "list" -> true;
            default -> throw new InvalidRequestException("view: month or list, not '" + view + "'");
        };
    }
}
