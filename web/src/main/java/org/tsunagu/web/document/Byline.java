package org.tsunagu.web.document;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.document.UnreadLanguage;
import org.tsunagu.model.time.PartialDate;

/**
 * Who published a document and when, as pages write it: "Coastline Gazette, 2 April 2025", and
 * the name of its language. Pages link to the original only through
 * {@link DocumentInfo#webAddress()}: a page's metadata is written by others, and a
 * {@code javascript:} or {@code data:} address must never become a link.
 */
public final class Byline {

    private Byline() {
    }

    /** "Outlet, 2 April 2025", "Outlet", "April 2025", or empty when the document says neither. */
    public static String of(DocumentInfo info) {
        List<String> parts = new ArrayList<>(2);
        info.outlet().ifPresent(parts::add);
        info.published().map(Byline::date).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** "2 April 2025", "April 2025" or "2025": as precise as the date is. */
    public static String date(PartialDate date) {
        if (!date.hasMonth()) {
            return Integer.toString(date.year());
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (date.hasDay() ? date.day() + " " : "") + month + " " + date.year();
    }

    /** "English" for "en"; the code itself when Java knows no name for it. */
    public static Optional<String> language(DocumentInfo info) {
        return info.language().map(UnreadLanguage::nameOf);
    }
}
