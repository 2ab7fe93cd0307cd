package org.tsunagu.store.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/**
 * The documents columns that say who published a document and when (V13's title, outlet, url and
 * language, V1's published), read into a {@link DocumentInfo}. Queries select them with
 * {@link #PROVENANCE} or {@link #CITED_PROVENANCE} so that every reader names them alike.
 */
public final class Provenance {

    /** The select list for documents aliased {@code d}: what the file says. */
    public static final String PROVENANCE = "d.title AS info_title, d.outlet AS info_outlet, d.url AS info_url, "
            + "d.language AS info_language, d.published AS info_published";
    /**
     * The same for a citation, whose date is the published date, else the article's own date that
     * extraction read from its dateline or text.
     */
    public static final String CITED_PROVENANCE = "d.title AS info_title, d.outlet AS info_outlet, d.url AS info_url, "
            + "d.language AS info_language, COALESCE(d.published, d.document_date) AS info_published";

    private Provenance() {
    }

    public static DocumentInfo read(ResultSet row) throws SQLException {
        return new DocumentInfo(Optional.ofNullable(row.getString("info_title")),
                Optional.ofNullable(row.getString("info_outlet")), Optional.ofNullable(row.getString("info_url")),
                Optional.ofNullable(row.getString("info_language")),
                PartialDate.tryParse(row.getString("info_published")));
    }
}
