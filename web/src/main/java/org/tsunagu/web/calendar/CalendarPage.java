package org.tsunagu.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.store.resolution.Entity;

/**
 * The calendar page: a month as a grid of weeks (Monday first) or a year as a list by month, of
 * the facts the filter lets through; what is coming up from today; and the same filter as a link
 * to the iCalendar feed.
 */
record CalendarPage(CalendarFilter filter, Optional<Entity> entity, YearMonth month, boolean listView,
        List<Dated> items, List<Dated> comingUp, LocalDate today, List<ReferencePlace> countries) {

    /** Where the year's list puts what is known to the year only: after December. */
    static final int MONTH_UNKNOWN = 13;

    record Day(LocalDate date, boolean inMonth, List<Dated> items) {
    }

    String heading() {
        String what = listView ? String.valueOf(month.getYear()) : monthName(month) + " " + month.getYear();
        return entity.map(e -> "Calendar of " + e.name() + ": " + what).orElse("Calendar: " + what);
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The weeks that hold the month's days, each from Monday to Sunday. */
    List<List<Day>> weeks() {
        LocalDate first = month.atDay(1);
        LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        List<List<Day>> weeks = new ArrayList<>();
        while (!day.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate date = day;
                week.add(new Day(date, YearMonth.from(date).equals(month),
                        items.stream().filter(item -> item.on(date)).toList()));
            }
            weeks.add(week);
        }
        return weeks;
    }

    List<String> weekdays() {
        return List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    }

    /** The month's facts known to the month only. */
    List<Dated> dayUnknown() {
        return items.stream().filter(item -> item.dayUnknownIn(month)).toList();
    }

    /** The year's facts by month (1 to 12); those known to the year only under {@link #MONTH_UNKNOWN}. */
    Map<Integer, List<Dated>> byMonth() {
        Map<Integer, List<Dated>> months = new TreeMap<>();
        for (Dated item : items) {
            months.computeIfAbsent(item.date().hasMonth() ? item.date().month() : MONTH_UNKNOWN,
                    k -> new ArrayList<>()).add(item);
        }
        return months;
    }

    String monthHeading(int month) {
        return month == MONTH_UNKNOWN ? "Month not known" : monthName(YearMonth.of(this.month.getYear(), month));
    }

    boolean isToday(Day day) {
        return day.date().equals(today);
    }

    List<FactType> kinds() {
        return List.copyOf(CalendarFilter.DATED);
    }

    boolean selected(FactType kind) {
        return filter.kinds().contains(kind);
    }

    boolean chosen(ReferencePlace country) {
        return filter.country().map(c -> c.id().equals(country.id())).orElse(false);
    }

    /** This page for another month or view, with the same filter. */
    String link(YearMonth other, boolean list) {
        String query = filter.query();
        return "/calendar?month=" + other + (list ? "&view=list" : "") + (query.isEmpty() ? "" : "&" + query);
    }

    String previous() {
        return link(listView ? month.minusYears(1) : month.minusMonths(1), listView);
    }

    String next() {
        return link(listView ? month.plusYears(1) : month.plusMonths(1), listView);
    }

    String monthOf(Dated item) {
        YearMonth at = item.date().hasMonth() ? YearMonth.of(item.date().year(), item.date().month())
                : YearMonth.of(item.date().year(), 1);
        return link(at, false);
    }

    String feed() {
        String query = filter.query();
        return "/export/events.ics" + (query.isEmpty() ? "" : "?" + query);
    }
}
