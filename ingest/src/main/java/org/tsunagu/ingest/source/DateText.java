package org.tsunagu.ingest.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.time.PartialDate;

/**
 * Reads the date at the start of a metadata value ({@code 2024-03-05T09:00:00+07:00},
 * {@code 2024/03/05}, {@code 20240305}, {@code 2024-03}). The time and zone are ignored: the day
 * the publisher wrote is the day the article gives as its own.
 */
final class DateText {

    private static final Pattern DAY = Pattern.compile("(\\d{4})([-/.]?)(\\d{2})\\2(\\d{2})(?!\\d).*", Pattern.DOTALL);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?!\\d).*", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?![\\d-/.])\\s*");

    private DateText() {
    }

    static Optional<PartialDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            return PartialDate.tryParse(day.group(1) + "-" + day.group(3) + "-" + day.group(4));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return PartialDate.tryParse(month.group(1) + "-" + month.group(2));
        }
        Matcher year = YEAR.matcher(text);
        return year.matches() ? PartialDate.tryParse(year.group(1)) : Optional.empty();
    }
}
