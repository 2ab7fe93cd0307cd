package org.tsunagu.extraction.internal.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/**
 * The line a page store puts before an article's text (" date 2025-11-19"), and the dateline the
 * article itself opens with after it ("TOKYO —", "GEORGE TOWN, June 23 —", "Shanghai:"), so that
 * the dateline's place is read as where the story is told from rather than as one of its actors.
 */
final class PageStoreDate {

    private static final Pattern LINE = Pattern.compile("\\A\\s*date (\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** A place in capitals, or one or two capitalised words, with an optional day, agency and dash or colon. */
    private static final Pattern DATELINE = Pattern.compile("\\G\\s*(?:\\p{Lu}[\\p{Lu}.' -]*\\p{Lu}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)"
            + "(?:, " + Calendar.MONTH_ANY_CASE + " \\d{1,2}(?:, \\d{4})?)?(?: \\([^)\\n]{1,30}\\))? ?[-\u2013\u2014:] ");

    private PageStoreDate() {
    }

    static Optional<DocumentDate> in(String text) {
        Matcher line = LINE.matcher(text);
        if (!line.find()) {
            return Optional.empty();
        }
        PartialDate date;
        try {
            date = PartialDate.ofDay(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)),
                    Integer.parseInt(line.group(3)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Matcher dateline = DATELINE.matcher(text).region(line.end(), text.length());
        int end = dateline.lookingAt() ? dateline.end() : line.end();
        return Optional.of(new DocumentDate(Optional.of(date), Optional.of(new Span(0, end))));
    }
}
