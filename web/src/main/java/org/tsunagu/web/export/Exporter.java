package org.tsunagu.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.calendar.CalendarFilter;

/**
 * Writes the knowledge base in an {@link ExportFormat}, reading the store a page at a time, so
 * memory does not grow with its size (GraphML and JSON-LD keep only an index of entity names).
 * Rejected facts are left out.
 */
public final class Exporter {

    private final Database database;
    private final Clock clock;

    /** The clock stamps calendar entries with the time they were exported. */
    public Exporter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Writes one export to the stream, which is left open, and returns how many records it holds
     * (CSV rows, JSON-LD facts, GraphML edges, calendar events).
     *
     * @param type the fact type: required for CSV (one file per type), a filter for JSON-LD and
     *     GraphML, and for iCalendar, which holds only events, empty or {@code event}
     * @throws IllegalArgumentException when the type does not suit the format
     */
    public long write(ExportFormat format, Optional<FactType> type, OutputStream out) throws IOException {
        check(format, type);
        return switch (format) {
            case CSV -> CsvExport.write(database, type.orElseThrow(), out);
            case JSONLD -> JsonLdExport.write(database, type, out);
            case GRAPHML -> graphMl(type, out);
            case ICS -> writeCalendar(CalendarFilter.EVENTS, out);
        };
    }

    /** The iCalendar file of the events and signings the filter lets through; returns how many it holds. */
    public long writeCalendar(CalendarFilter filter, OutputStream out) throws IOException {
        return CalendarExport.write(database, filter, clock, out);
    }

    private long graphMl(Optional<FactType> type, OutputStream out) throws IOException {
        return writeGraphMl(StorePages.entities(database), StorePages.facts(database, type), out);
    }

    /**
     * Writes a part of the network as GraphML, in the form of the whole graph's export: these
     * entities and the edges the facts make between them. Returns how many edges.
     */
    public static long writeGraphMl(Iterable<Entity> entities, Iterable<KnowledgeFact> facts, OutputStream out)
            throws IOException {
        try {
            return GraphMlExport.write(entities, facts, out);
        } catch (XMLStreamException e) {
            throw new IOException("could not write GraphML: " + e.getMessage(), e);
        }
    }

    /** "agreement.csv", "graph.jsonld", "graph.graphml", "events.ics"; a type filter adds its name. */
    public static String fileName(ExportFormat format, Optional<FactType> type) {
        String name = switch (format) {
            case CSV -> type.orElseThrow().code();
            case JSONLD, GRAPHML -> type.map(t -> "graph-" + t.code()).orElse("graph");
            case ICS -> "events";
        };
        return name + "." + format.extension();
    }

    /** @throws IllegalArgumentException when the type does not suit the format */
    public static void check(ExportFormat format, Optional<FactType> type) {
        if (format == ExportFormat.CSV && type.isEmpty()) {
            throw new IllegalArgumentException("a CSV export holds one fact type: name it");
        }
        if (format == ExportFormat.ICS && type.filter(t -> t != FactType.EVENT).isPresent()) {
            throw new IllegalArgumentException("a calendar holds events only, not " + type.get().code() + " facts");
        }
    }
}
