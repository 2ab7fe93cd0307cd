package org.tsunagu.web.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.CitedFact;

/**
 * A fact as a calendar shows it: when it happened or is to happen ({@code end} for an event of
 * several days), and what kind of occasion it is ("signing", "visit", "mou signed").
 */
public record Dated(CitedFact fact, PartialDate date, Optional<PartialDate> end, String label) {

    /** An agreement's signing or an event, when its date is known at least to the year. */
    public static Optional<Dated> of(CitedFact fact) {
        if (fact.fact() instanceof Event event && event.date().isPresent()) {
            return Optional.of(new Dated(fact, event.date().get(), event.endDate().filter(end ->
                    end.compareTo(event.date().get()) > 0), words(event.kind().code())));
        }
        if (fact.fact() instanceof Agreement agreement && agreement.date().isPresent()) {
            return Optional.of(new Dated(fact, agreement.date().get(), Optional.empty(),
                    words(agreement.kind().code()) + " signed"));
        }
        return Optional.empty();
    }

    private static String words(String code) {
        return code.equals("mou") ? "MOU" : code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** The first day it may have taken place. */
    public LocalDate firstDay() {
        return date.firstDay();
    }

    /** The last day it may take place: the end of its last day, month or year as far as known. */
    public LocalDate lastDay() {
        PartialDate last = end.orElse(date);
        if (last.hasDay()) {
            return last.firstDay();
        }
        return last.hasMonth() ? YearMonth.of(last.year(), last.month()).atEndOfMonth()
                : LocalDate.of(last.year(), 12, 31);
    }

    /** Still to come on {@code today}, or going on: "will sign in December" read before December ends. */
    public boolean upcoming(LocalDate today) {
        return !lastDay().isBefore(today);
    }

    /**
     * Still to come when the article it was read from appeared ("will sign in December" in a story of
     * November): a plan when reported, whether or not it has happened since.
     */
    public boolean scheduled() {
        return fact.citation().publication().published().filter(PartialDate::hasDay)
                .map(published -> firstDay().isAfter(published.firstDay())).orElse(false);
    }

    /** Whether it falls on that day (known to the day, or an event of several days that spans it). */
    public boolean on(LocalDate day) {
        return date.hasDay() && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** Known to the month but not the day, in that month. */
    public boolean dayUnknownIn(YearMonth month) {
        return !date.hasDay() && date.hasMonth() && YearMonth.of(date.year(), date.month()).equals(month);
    }

    /** The date as read: "2024-11-07", "2024-11", "2024", with its end when several days. */
    public String when() {
        return end.map(last -> date + " – " + last).orElse(date.toString());
    }

    public long id() {
        return fact.id();
    }
}
