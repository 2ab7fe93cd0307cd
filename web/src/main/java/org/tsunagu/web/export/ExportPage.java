package org.tsunagu.web.export;

import java.util.List;
import org.tsunagu.model.fact.FactType;

/** What the export page lists: a spreadsheet per fact type with how many facts it holds. */
record ExportPage(List<Spreadsheet> spreadsheets) {

    record Spreadsheet(FactType type, String fileName, long facts) {

        /** "1 fact", "27 facts". */
        String count() {
            return facts + (facts == 1 ? " fact" : " facts");
        }
    }
}
