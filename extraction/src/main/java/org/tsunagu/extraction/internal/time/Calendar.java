package org.tsunagu.extraction.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.tsunagu.extraction.internal.text.Words;

/** Month and weekday names in English, with their common abbreviations. */
final class Calendar {

    private Calendar() {
    }

    /** A month name; abbreviations with or without their full stop ("Aug 27", "Sept. 1"). */
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![a-z])";
    /** A month name as datelines in capitals also write it ("TOKYO MAY 28:", "SEOUL, OCT. 31 -"). */
    static final String MONTH_ANY_CASE = "(?:" + MONTH + "|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER"
            + "|OCTOBER|NOVEMBER|DECEMBER|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\.?)(?![A-Za-z]))";
    /** The letters an ordinal day may carry ("24th", "1st"). */
    static final String ORDINAL = "(?:st|nd|rd|th)?";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String WEEKDAY_ABBREVIATION = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)";

    private static final Map<String, Integer> MONTHS = Words.map(Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12)));

    static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The weekday before {@code anchor} (past) or on or after it (future). */
    static LocalDate nearest(LocalDate anchor, DayOfWeek day, boolean future, boolean next) {
        if (!next && anchor.getDayOfWeek() == day) {
            // "on Monday" in a Monday dateline is the day of the report
            return anchor;
        }
        if (future || next) {
            LocalDate d = next ? anchor.plusDays(1) : anchor;
            while (d.getDayOfWeek() != day) {
                d = d.plusDays(1);
            }
            return d;
        }
        LocalDate d = anchor.minusDays(1);
        while (d.getDayOfWeek() != day) {
            d = d.minusDays(1);
        }
        return d;
    }
}
