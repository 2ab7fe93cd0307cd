package org.tsunagu.extraction.internal.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.time.PartialDate;

/**
 * One occasion gives one event: a second mention of the same kind on the same date, a visit
 * within six days of another, or an occasion sharing a capitalised name word with another, widens
 * the first event's dates instead of adding an event.
 */
final class Occasions {

    private Occasions() {
    }

    /** Adds the event, or folds it into one already read; {@code dated} when its own sentence gave its date. */
    static void add(List<Event> out, Event event, boolean dated) {
        EventKind kind = event.kind();
        for (int k = 0; k < out.size(); k++) {
            Event old = out.get(k);
            if (old.kind() == kind && old.date().equals(event.date())) {
                if (old.endDate().isEmpty() && event.endDate().isPresent()) {
                    out.set(k, new Event(kind, old.date(), event.endDate(), old.dateText(), old.name(), old.location(),
                            old.organizers(), old.participants(), old.evidence(), old.confidence()));
                }
                return;
            }
            if (old.kind() == kind && kind != EventKind.MEETING && kind != EventKind.VISIT && !dated) {
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
