package org.tsunagu.store.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/**
 * The documents columns that say who published a document and when (V13's title, outlet, url and
 * language, V1's published), read into a {@link DocumentInfo}. Queries select them with
 * {@link #columns(String, String)} so that every reader names them alike.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * The select list for documents aliased {@code d}, its date being the SQL expression
     * {@code date}: {@code d.published} for what the file says, or
     * {@code COALESCE(d.published, d.document_date)} where a citation wants the article's date
     * also when only its dateline gives it.
     */
    public static String columns(String d, String date) {
        return d + ".title AS info_title, " + d + ".outlet AS info_outlet, " + d + ".url AS info_url, "
                + d + ".language AS info_language, " + date + " AS info_published";
    }

    /** The date a citation gives: the published date, else the article's own date read from its text. */
    public static String citedDate(String d) {
        return "COALESCE(" + d + ".published, " + d + ".document_date)";
    }

    public static DocumentInfo read(ResultSet row) throws SQLException {
        return new DocumentInfo(Optional.ofNullable(row.getString("info_title")),
                Optional.ofNullable(row.getString("info_outlet")), Optional.ofNullable(row.getString("info_url")),
                Optional.ofNullable(row.getString("info_language")),
                PartialDate.tryParse(row.getString("info_published")));
    }
}
