package org.tsunagu.model.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision the text gives: a year, a month of a year, or a day. Written and
 * parsed as ISO 8601 ({@code 2013}, {@code 2013-10}, {@code 2013-10-31}).
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparing(d -> d.month == null ? 0 : d.month)
            .thenComparing(d -> d.day == null ? 0 : d.day);

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null) {
            LocalDate.of(year, month, day);
        } else if (month != null) {
            YearMonth.of(year, month);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate parse(String iso) {
        return tryParse(iso).orElseThrow(() -> new IllegalArgumentException("not an ISO date: " + iso));
    }

    public static Optional<PartialDate> tryParse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(iso.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean hasDay() {
        return day != null;
    }

    public boolean hasMonth() {
        return month != null;
    }

    /** The first day this date can mean, for arithmetic on relative dates. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        // Built by hand: storing a document writes dates many times, and String.format showed in its profile.
        StringBuilder iso = new StringBuilder(10);
        appendPadded(iso, year, 4);
        if (month != null) {
            appendPadded(iso.append('-'), month, 2);
        }
        if (day != null) {
            appendPadded(iso.append('-'), day, 2);
        }
        return iso.toString();
    }

    private static void appendPadded(StringBuilder out, int value, int digits) {
        String text = Integer.toString(value);
        out.append("0".repeat(Math.max(0, digits - text.length()))).append(text);
    }
}
