package org.tsunagu.web.corridor;

/** Figures from one investor (or exporter) to one destination: "Japan → Da Nang". */
public record Corridor(long investor, String investorName, long destination, String destinationName, int figures) {

    public String href() {
        return "/corridors/" + investor + "/" + destination;
    }

    public String title() {
        return investorName + " → " + destinationName;
    }
}
