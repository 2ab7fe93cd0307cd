package org.tsunagu.web.export;

import org.tsunagu.model.Coded;

/** The forms the knowledge base can be exported in, each with its media type and file extension. */
public enum ExportFormat implements Coded {
    /** A spreadsheet per fact type. */
    CSV("text/csv; charset=utf-8; header=present", "csv", "rows"),
    /** Linked data in the schema.org vocabulary. */
    JSONLD("application/ld+json", "jsonld", "facts"),
    /** A network for Gephi and other graph tools. */
    GRAPHML("application/graphml+xml", "graphml", "edges"),
    /** The dated events, for a calendar. */
    ICS("text/calendar; charset=utf-8", "ics", "events");

    private final String contentType;
    private final String extension;
    private final String records;

    ExportFormat(String contentType, String extension, String records) {
        this.contentType = contentType;
        this.extension = extension;
        this.records = records;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** What {@link Exporter#write} counts in this format: "rows", "facts", "edges", "events". */
    public String records() {
        return records;
    }
}
