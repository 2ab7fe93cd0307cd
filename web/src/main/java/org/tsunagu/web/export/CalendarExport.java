package org.tsunagu.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;

/**
 * The events whose day is known, as an iCalendar file (RFC 5545) of all-day events: a calendar
 * cannot place "May 2024" on a day, so events known only to the month or year are left out.
 * Each event's UID is its fact id, so importing the file again updates the events it added.
 */
final class CalendarExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarExport() {
    }

    /** Writes the calendar and returns how many events it holds; leaves the stream open. */
    static long write(Database database, Clock clock, OutputStream out) throws IOException {
        ContentLines lines = new ContentLines(out);
        String stamp = STAMP.format(clock.instant());
        lines.raw("BEGIN", "VCALENDAR");
        lines.raw("VERSION", "2.0");
        lines.raw("PRODID", "-//Tsunagu//Knowledge base events//EN");
        lines.raw("CALSCALE", "GREGORIAN");
        lines.text("X-WR-CALNAME", "Tsunagu events");
        long events = 0;
        for (KnowledgeFact fact : StorePages.facts(database, Optional.of(FactType.EVENT))) {
            Event event = (Event) fact.fact();
            Optional<PartialDate> day = event.date().filter(PartialDate::hasDay);
            if (day.isPresent()) {
                event(lines, fact, event, day.get().firstDay(), stamp);
                events++;
            }
        }
        lines.raw("END", "VCALENDAR");
        out.flush();
        return events;
    }

    private static void event(ContentLines lines, KnowledgeFact fact, Event event, LocalDate start, String stamp)
            throws IOException {
        LocalDate last = event.endDate().filter(PartialDate::hasDay).map(PartialDate::firstDay)
                .filter(end -> !end.isBefore(start)).orElse(start);
        lines.raw("BEGIN", "VEVENT");
        lines.raw("UID", "fact-" + fact.id() + "@tsunagu");
        lines.raw("DTSTAMP", stamp);
        lines.raw("DTSTART;VALUE=DATE", DAY.format(start));
        // The end of an all-day event is the day after its last.
        lines.raw("DTEND;VALUE=DATE", DAY.format(last.plusDays(1)));
        lines.text("SUMMARY", fact.summary());
        if (event.location().isPresent()) {
            lines.text("LOCATION", event.location().get().name());
        }
        lines.text("DESCRIPTION", description(fact, event));
        lines.text("CATEGORIES", event.kind().code());
        lines.raw("END", "VEVENT");
    }

    /** Who took part, and the sentence and document it was read from. */
    private static String description(KnowledgeFact fact, Event event) {
        List<String> parts = new ArrayList<>();
        if (!event.organizers().isEmpty()) {
            parts.add("Organisers: " + names(event.organizers()));
        }
        if (!event.participants().isEmpty()) {
            parts.add("Participants: " + names(event.participants()));
        }
        if (!fact.sources().isEmpty()) {
            parts.add("Source: " + fact.sources().get(0).sentence() + " (" + fact.sources().get(0).document() + ")");
        }
        return String.join("\n", parts);
    }

    private static String names(List<EntityRef> refs) {
        return String.join(", ", refs.stream().map(EntityRef::name).toList());
    }
}
