package org.tsunagu.extraction.internal.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.time.PartialDate;

/** A page's date in figures ("05/06/2025"), whose order of day and month the page itself must settle. */
final class NumericDate {

    private static final Pattern WEEKDAY = Pattern.compile("(?i)(" + Calendar.WEEKDAY + ")");

    private NumericDate() {
    }

    /**
     * "05/06/2025" is read day first, as pages outside the United States write it, unless only month first makes a
     * date ("10/19/2016") or only month first falls on the weekday the line prints.
     */
    static Optional<PartialDate> read(int year, int first, int second, String line) {
        Optional<LocalDate> dayFirst = valid(year, second, first);
        Optional<LocalDate> monthFirst = valid(year, first, second);
        Matcher weekday = WEEKDAY.matcher(line);
        if (dayFirst.isPresent() && monthFirst.isPresent() && weekday.find()) {
            DayOfWeek printed = Calendar.weekday(weekday.group(1));
            if (dayFirst.get().getDayOfWeek() != printed && monthFirst.get().getDayOfWeek() == printed) {
                return monthFirst.map(PartialDate::of);
            }
        }
        return dayFirst.or(() -> monthFirst).map(PartialDate::of);
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
