package org.tsunagu.extraction.internal.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.time.PartialDate;

/**
 * One occasion gives one event: a second mention of the same kind on the same date (for meetings,
 * with someone of the first), a visit within six days of another, or an occasion sharing a
 * capitalised name word with another, widens the first event's dates instead of adding an event.
 */
final class Occasions {

    /** Kinds that a story names once and then dates more precisely; meetings and visits recur within a month. */
    private static final Set<EventKind> NAMED_OCCASIONS = Set.of(EventKind.CONFERENCE, EventKind.SYMPOSIUM, EventKind.EXHIBITION);

    private static final int REDATE_DAYS = 31;

    private Occasions() {
    }

    /** Adds the event, or folds it into one already read; {@code dated} when its own sentence gave its date. */
    static void add(List<Event> out, Event event, boolean dated) {
        EventKind kind = event.kind();
        for (int k = 0; k < out.size(); k++) {
            Event old = out.get(k);
            if (old.kind() == kind && old.date().equals(event.date()) && !(kind == EventKind.MEETING && apart(old, event))) {
                if (old.endDate().isEmpty() && event.endDate().isPresent()) {
                    out.set(k, new Event(kind, old.date(), event.endDate(), old.dateText(), old.name(), old.location(),
                            old.organizers(), old.participants(), old.evidence(), old.confidence()));
                }
                return;
            }
            if (old.kind() == kind && kind != EventKind.MEETING && kind != EventKind.VISIT && !dated) {
                return;
            }
            if (kind == EventKind.SIGNING && old.kind() == kind && dated && borrowedNear(old, event)) {
                // a caption's "A and B sign a pact", dated by the story's dateline, then "the signing took place yesterday"
                out.set(k, new Event(kind, event.date(), event.endDate(), event.dateText(), old.name(), old.location()
                        .or(event::location), old.organizers(), old.participants(), event.evidence(), event.confidence()));
                return;
            }
            if (old.kind() == kind && NAMED_OCCASIONS.contains(kind) && refines(event, old)) {
                // "its first forum in Fukuoka last week" and then "the forum, held on 12 February": one forum, on the day
                out.set(k, new Event(kind, event.date(), event.endDate(), old.dateText(), event.name(), event.location()
                        .or(old::location), old.organizers(), old.participants(), event.evidence(), event.confidence()));
                return;
            }
            boolean sameVisit = kind == EventKind.VISIT && old.kind() == kind && old.date().isPresent() && event.date().isPresent()
                    && old.date().get().hasDay() && event.date().get().hasDay() && Math.abs(
                    old.date().get().firstDay().toEpochDay() - event.date().get().firstDay().toEpochDay()) <= 6;
            if (old.kind() == kind && (sameOccasion(old, event) || sameVisit) && old.date().isPresent() && event.date().isPresent()) {
                PartialDate first = old.date().get().compareTo(event.date().get()) <= 0 ? old.date().get() : event.date().get();
                PartialDate last = old.date().get().compareTo(event.date().get()) <= 0 ? event.date().get() : old.date().get();
                for (Optional<PartialDate> until : List.of(old.endDate(), event.endDate())) {
                    if (until.isPresent() && until.get().compareTo(last) > 0) {
                        last = until.get();
                    }
                }
                out.set(k, new Event(kind, Optional.of(first), Optional.of(last), old.dateText(), old.name(), old.location(),
                        old.organizers(), old.participants(), old.evidence(), old.confidence()));
                return;
            }
        }
        out.add(event);
    }

    /**
     * "The signing took place yesterday" after a signing the story had dated only from around it: the last such
     * event of the kind takes the day its own mention gives, when that day lies within a month of the borrowed one
     * (a signing "in 1993" told later is another signing).
     */
    static void redate(List<Event> out, EventKind kind, PartialDate date, PartialDate end) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Event old = out.get(k);
            if (old.kind() == kind) {
                if (old.confidence() < EventDates.OWN_DATE && old.date().map(d -> withinAMonth(d, date)).orElse(true)) {
                    out.set(k, new Event(kind, Optional.of(date), Optional.ofNullable(end), Optional.empty(), old.name(),
                            old.location(), old.organizers(), old.participants(), old.evidence(), EventDates.OWN_DATE));
                }
                return;
            }
        }
    }

    /** An event dated only from around it, within a month of the day another mention gives. */
    private static boolean borrowedNear(Event old, Event event) {
        return old.confidence() < EventDates.OWN_DATE && old.date().isPresent() && event.date().isPresent()
                && withinAMonth(old.date().get(), event.date().get());
    }

    private static boolean withinAMonth(PartialDate a, PartialDate b) {
        return Math.abs(a.firstDay().toEpochDay() - b.firstDay().toEpochDay()) <= REDATE_DAYS;
    }

    /** Meetings whose people are all different: "also held a working session with" others the same day. */
    private static boolean apart(Event a, Event b) {
        if (a.participants().isEmpty() || b.participants().isEmpty()) {
            return false;
        }
        for (EntityRef p : a.participants()) {
            if (b.participants().stream().anyMatch(q -> q.name().equals(p.name()))) {
                return false;
            }
        }
        return true;
    }

    /** The new event gives a day within the month or year that the earlier one was dated by. */
    private static boolean refines(Event event, Event old) {
        if (event.date().isEmpty() || old.date().isEmpty() || old.date().get().hasDay() || !event.date().get().hasDay()) {
            return false;
        }
        PartialDate coarse = old.date().get();
        PartialDate day = event.date().get();
        return coarse.year() == day.year() && (!coarse.hasMonth() || coarse.month().equals(day.month()));
    }

    /** "Expo 2025 Osaka, Kansai" and "the Expo": names sharing a capitalised word name one occasion. */
    private static boolean sameOccasion(Event a, Event b) {
        if (a.name().isEmpty() || b.name().isEmpty()) {
            return false;
        }
        for (String x : a.name().get().split("[\\s,-]+")) {
            if (!x.isEmpty() && Character.isUpperCase(x.charAt(0)) && Arrays.asList(b.name().get().split("[\\s,-]+")).contains(x)) {
                return true;
            }
        }
        return false;
    }
}
