package org.tsunagu.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.web.calendar.CalendarFilter;
import org.tsunagu.web.calendar.CalendarReader;
import org.tsunagu.web.calendar.Dated;

/**
 * The events and signed agreements whose day is known, as an iCalendar file (RFC 5545) of all-day
 * events: a calendar cannot place "May 2024" on a day, so facts known only to the month or year are
 * left out. Each event's UID is its fact id, so importing the file again updates the events it added.
 * A {@link CalendarFilter} chooses which (by default events only, as the feed always held).
 */
final class CalendarExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarExport() {
    }

    /** Writes the calendar and returns how many events it holds; leaves the stream open. */
    static long write(Database database, CalendarFilter filter, Clock clock, OutputStream out) throws IOException {
        ContentLines lines = new ContentLines(out);
        String stamp = STAMP.format(clock.instant());
        lines.raw("BEGIN", "VCALENDAR");
        lines.raw("VERSION", "2.0");
        lines.raw("PRODID", "-//Tsunagu//Knowledge base events//EN");
        lines.raw("CALSCALE", "GREGORIAN");
        lines.text("X-WR-CALNAME", "Tsunagu events");
        long events = 0;
        Iterator<Dated> dated = new CalendarReader(database, ReferencePlaces.standard()).all(filter).iterator();
        while (dated.hasNext()) {
            Dated item = dated.next();
            if (item.date().hasDay()) {
                event(lines, item, stamp);
                events++;
            }
        }
        lines.raw("END", "VCALENDAR");
        out.flush();
        return events;
    }

    private static void event(ContentLines lines, Dated item, String stamp) throws IOException {
        CitedFact fact = item.fact();
        LocalDate last = item.end().filter(PartialDate::hasDay).map(end -> item.lastDay()).orElse(item.firstDay());
        lines.raw("BEGIN", "VEVENT");
        lines.raw("UID", "fact-" + fact.id() + "@tsunagu");
        lines.raw("DTSTAMP", stamp);
        lines.raw("DTSTART;VALUE=DATE", DAY.format(item.firstDay()));
        // The end of an all-day event is the day after its last.
        lines.raw("DTEND;VALUE=DATE", DAY.format(last.plusDays(1)));
        lines.text("SUMMARY", fact.summary());
        if (fact.fact() instanceof Event event && event.location().isPresent()) {
            lines.text("LOCATION", event.location().get().name());
        }
        lines.text("DESCRIPTION", description(fact));
        lines.text("CATEGORIES", fact.fact() instanceof Event event ? event.kind().code() : "signing");
        lines.raw("END", "VEVENT");
    }

    /** Who took part, and the sentence and document it was read from. */
    private static String description(CitedFact fact) {
        List<String> parts = new ArrayList<>();
        if (fact.fact() instanceof Event event) {
            if (!event.organizers().isEmpty()) {
                parts.add("Organisers: " + names(event.organizers()));
            }
            if (!event.participants().isEmpty()) {
                parts.add("Participants: " + names(event.participants()));
            }
        } else if (fact.fact() instanceof Agreement agreement && !agreement.parties().isEmpty()) {
            parts.add("Parties: " + names(agreement.parties()));
        }
        parts.add("Source: " + fact.citation().sentence() + " (" + fact.citation().documentName() + ")");
        return String.join("\n", parts);
    }

    private static String names(List<EntityRef> refs) {
        return String.join(", ", refs.stream().map(EntityRef::name).toList());
    }
}
