package org.tsunagu.web.export;

import org.tsunagu.model.Coded;

/** The forms the knowledge base can be exported in, each with its media type and file extension. */
public enum ExportFormat implements Coded {
    /** A spreadsheet per fact type. */
    CSV("text/csv; charset=utf-8; header=present", "csv"),
    /** Linked data in the schema.org vocabulary. */
    JSONLD("application/ld+json", "jsonld"),
    /** A network for Gephi and other graph tools. */
    GRAPHML("application/graphml+xml", "graphml"),
    /** The dated events, for a calendar. */
    ICS("text/calendar; charset=utf-8", "ics");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
