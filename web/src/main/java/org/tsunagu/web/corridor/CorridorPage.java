package org.tsunagu.web.corridor;

import java.util.List;

/** What the corridor page shows: the report, and the currencies it can be shown in. */
record CorridorPage(CorridorReport report, List<String> currencies) {

    String csvHref() {
        return "/api/corridors/" + report.corridor().investor() + "/" + report.corridor().destination()
                + "/figures.csv?currency=" + report.currencyCode();
    }

    String jsonHref() {
        return "/api/corridors/" + report.corridor().investor() + "/" + report.corridor().destination()
                + "?currency=" + report.currencyCode();
    }
}
