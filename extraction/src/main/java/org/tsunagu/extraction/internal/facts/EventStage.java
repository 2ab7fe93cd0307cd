package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.time.PartialDate;

/**
 * Dated occasions: meetings (talks, reception, courtesy call), visits, conferences (forum,
 * summit), symposia (seminar), exhibitions (fair, expo, booth), openings (an opening ceremony,
 * the opening of an office or showroom) and other ceremonies. An event needs a date from its
 * sentence, the story so far, or a dated schedule line after it; hedged and cancelled ones are
 * left out, and one occasion gives one event.
 */
public final class EventStage extends FactStage {

    private static final Map<String, EventKind> TRIGGERS = Map.ofEntries(Map.entry("meeting", EventKind.MEETING),
            Map.entry("met", EventKind.MEETING), Map.entry("talks", EventKind.MEETING), Map.entry("reception", EventKind.MEETING),
            Map.entry("received", EventKind.MEETING), Map.entry("visit", EventKind.VISIT), Map.entry("trip", EventKind.VISIT),
            Map.entry("arrived", EventKind.VISIT), Map.entry("dialogue", EventKind.SYMPOSIUM),
            Map.entry("conference", EventKind.CONFERENCE), Map.entry("forum", EventKind.CONFERENCE),
            Map.entry("summit", EventKind.CONFERENCE), Map.entry("symposium", EventKind.SYMPOSIUM),
            Map.entry("seminar", EventKind.SYMPOSIUM), Map.entry("workshop", EventKind.SYMPOSIUM),
            Map.entry("fair", EventKind.EXHIBITION), Map.entry("expo", EventKind.EXHIBITION),
            Map.entry("exhibition", EventKind.EXHIBITION), Map.entry("booth", EventKind.EXHIBITION),
            Map.entry("inauguration", EventKind.OPENING), Map.entry("inaugurated", EventKind.OPENING),
            Map.entry("ceremony", EventKind.OTHER));
    private static final Set<String> OPENED_THINGS = Set.of("office", "showroom", "centre", "center", "warehouse", "store",
            "branch", "factory", "plant", "hub", "museum", "shop", "outlet", "headquarters", "facility", "school");
    private static final Set<String> ANAPHORIC = Set.of("at", "during", "after", "before", "following");

    @Override
    public String name() {
        return "read-events";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.EVENTS;
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : view.sentences) {
            boolean signing = !view.agreementsIn(s).isEmpty();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                EventKind kind = kind(view, s, i);
                if (kind == null || insideName(view, s, i)) {
                    continue;
                }
                if (kind == EventKind.OTHER && (signing || !ceremonyStandsAlone(view, s, i))) {
                    continue;
                }
                if (kind == EventKind.MEETING && anaphoric(view, s, i)) {
                    continue;
                }
                if (kind != EventKind.OPENING && kind != EventKind.EXHIBITION && view.f(i - 1).equals("the")
                        && view.nearestDate(s, i) == null) {
                    // "on the sidelines of the visit": an occasion named before, or never dated
                    continue;
                }
                if (i > s.firstToken() && view.f(i - 1).equals("the") && knownKind(out, kind, view.f(i))) {
                    continue;
                }
                Hedges.Status status = Hedges.of(view, s, i, 7);
                if (status != Hedges.Status.ASSERTED && !(kind == EventKind.VISIT && possessed(view, s, i))) {
                    continue;
                }
                read(view, s, i, kind, out);
            }
        }
        return new ArrayList<>(out);
    }

    /** "the summit" after a summit was read is that summit again. */
    private static boolean knownKind(List<Event> events, EventKind kind, String head) {
        for (Event e : events) {
            if (e.kind() == kind && e.name().map(n -> n.toLowerCase(java.util.Locale.ROOT).contains(head)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static EventKind kind(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (f.equals("opening") && i + 1 < s.endToken() && view.f(i + 1).equals("ceremony")) {
            return EventKind.OPENING;
        }
        if (f.equals("ceremony") && i > s.firstToken() && view.f(i - 1).equals("opening")) {
            return null;
        }
        if (f.equals("opened") && view.f(i - 1).equals("which")) {
            for (int k = Math.max(s.firstToken(), i - 7); k < i; k++) {
                if (OPENED_THINGS.contains(view.f(k))) {
                    return EventKind.OPENING;
                }
            }
        }
        if ((f.equals("opened") || f.equals("opening") || f.equals("launched")) && i + 1 < s.endToken()) {
            for (int k = i + 1; k < Math.min(s.endToken(), i + 7); k++) {
                if (OPENED_THINGS.contains(view.f(k))) {
                    return EventKind.OPENING;
                }
                if (TRIGGERS.containsKey(view.f(k)) || view.f(k).equals(",")) {
                    break;
                }
            }
            return null;
        }
        if (f.equals("delegation") && i > s.firstToken()) {
            for (int k = Math.max(s.firstToken(), i - 4); k < i; k++) {
                if (Set.of("send", "sends", "dispatch", "dispatches", "lead", "leads", "leading").contains(view.f(k))) {
                    return EventKind.VISIT;
                }
            }
            // "the delegation, which is in India from December 1 to 6"
            return view.datesIn(s).stream().anyMatch(d -> d.end() != null && d.resolved()) ? EventKind.VISIT : null;
        }
        if (f.equals("trip") && view.f(i - 1).equals("-")) {
            return null;
        }
        if (f.equals("received") && !receivesVisitors(view, s, i)) {
            return null;
        }
        if (f.equals("promotion") && (view.f(i - 1).equals("products") || view.f(i - 1).equals("product")
                || view.f(i + 1).equals("event") || view.f(i + 1).equals("fair"))) {
            return EventKind.EXHIBITION;
        }
        if (f.equals("calls") || f.equals("call") || f.equals("called")) {
            return i + 1 < s.endToken() && view.f(i + 1).equals("on") ? EventKind.MEETING : null;
        }
        if (f.equals("week") && i > s.firstToken() && (view.f(i - 1).equals("products") || view.f(i - 1).equals("product"))) {
            return EventKind.EXHIBITION;
        }
        return TRIGGERS.get(f);
    }

    /** "received a delegation", "received Governor X": a reception, not a delivery of goods. */
    private static boolean receivesVisitors(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if ((m.is(Mention.Type.PERSON) || m.is(Mention.Type.TITLE)) && m.firstToken() > i && m.firstToken() - i <= 4) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(s.endToken(), i + 5); k++) {
            if (Set.of("delegation", "delegations", "visitors", "guests", "ambassador", "mayor", "governor", "officials")
                    .contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideName(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= i && i < m.endToken() - 1 && !m.is(Mention.Type.TITLE) && !m.is(Mention.Type.OTHER)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ceremonyStandsAlone(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - 3); k < Math.min(s.endToken(), i + 3); k++) {
            String f = view.f(k);
            if (f.equals("a") || f.startsWith("commemorat") || f.equals("anniversary")) {
                return true;
            }
        }
        return false;
    }

    private static boolean anaphoric(DocumentView view, Sentence s, int i) {
        return i - 2 >= s.firstToken() && view.f(i - 1).equals("the") && ANAPHORIC.contains(view.f(i - 2));
    }

    private static boolean possessed(DocumentView view, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 3); k--) {
            if (view.f(k).equals("'s")) {
                return true;
            }
        }
        return false;
    }

    private static void read(DocumentView view, Sentence s, int trigger, EventKind kind, List<Event> out) {
        DateMention date = view.nearestDate(s, trigger);
        if (kind == EventKind.MEETING && date != null && date.end() != null) {
            // a meeting takes a day; a range in its sentence is the visit around it
            date = null;
            for (DateMention d : view.datesIn(s)) {
                if (d.end() == null && d.role() == DateMention.Role.AT && d.resolved()) {
                    date = d;
                }
            }
        }
        PartialDate start = date != null ? date.date() : null;
        PartialDate end = date != null ? date.end() : null;
        String dateText = date != null && !date.resolved() ? date.text() : null;
        if (dateText != null && !Character.isDigit(dateText.charAt(dateText.length() - 1))) {
            // "yesterday" with nothing to resolve it against says nothing a reader can use
            return;
        }
        double confidence = 0.8;
        if (date == null) {
            start = view.contains(s, Set.of("signing")) ? agreementDate(view, s) : null;
            if (start == null) {
                start = view.storyDateBefore(s);
            }
            if (start == null && kind == EventKind.VISIT) {
                DateMention scheduled = scheduleLine(view, s);
                if (scheduled != null) {
                    start = scheduled.date();
                    end = scheduled.end();
                }
            }
            confidence = 0.6;
            if (start == null) {
                return;
            }
        }
        int days = lengthInDays(view, s, trigger);
        if (days > 1 && start != null && start.hasDay() && end == null && view.contains(s, Set.of("end", "ends", "ended", "ending"))) {
            end = start;
            start = PartialDate.of(start.firstDay().minusDays(days - 1L));
        }
        for (DateMention d : view.datesIn(s)) {
            if (d.role() == DateMention.Role.UNTIL && d.resolved() && end == null) {
                end = d.date();
            }
        }
        Optional<EntityRef> location = location(view, s, trigger);
        List<EntityRef> participants = new ArrayList<>();
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PERSON) && participants.stream().noneMatch(p -> p.name().equals(m.name()))) {
                participants.add(view.ref(m));
            }
        }
        Event event = new Event(kind, Optional.ofNullable(start), Optional.ofNullable(end), Optional.ofNullable(dateText),
                Optional.of(name(view, s, trigger)), location, List.of(), participants,
                view.evidence(s, trigger, trigger + 1), confidence);
        for (int k = 0; k < out.size(); k++) {
            Event old = out.get(k);
            if (old.kind() == kind && old.date().equals(event.date())) {
                if (old.endDate().isEmpty() && event.endDate().isPresent()) {
                    out.set(k, new Event(kind, old.date(), event.endDate(), old.dateText(), old.name(), old.location(),
                            old.organizers(), old.participants(), old.evidence(), old.confidence()));
                }
                return;
            }
            if (old.kind() == kind && kind != EventKind.MEETING && kind != EventKind.VISIT && date == null) {
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
            if (!x.isEmpty() && Character.isUpperCase(x.charAt(0)) && java.util.Arrays.asList(b.name().get().split("[\\s,-]+")).contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.List<String> COUNTS = java.util.List.of("zero", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten");

    /** "a four-day visit": the length the words before the trigger give, or 0. */
    private static int lengthInDays(DocumentView view, Sentence s, int trigger) {
        for (int i = Math.max(s.firstToken(), trigger - 4); i + 2 < trigger + 1 && i + 2 < s.endToken(); i++) {
            if (view.f(i + 1).equals("-") && view.f(i + 2).equals("day")) {
                int n = COUNTS.indexOf(view.f(i));
                return n >= 0 ? n : view.token(i).isNumber() ? Integer.parseInt(view.f(i)) : 0;
            }
        }
        return 0;
    }

    private static PartialDate agreementDate(DocumentView view, Sentence s) {
        for (int k = s.index(); k >= Math.max(0, s.index() - 4); k--) {
            for (AgreementReader.Candidate c : view.agreementsIn(view.sentences.get(k))) {
                if (c.date() != null) {
                    return c.date();
                }
            }
        }
        return null;
    }

    /** A schedule line holding nothing but a date ("Monday, January 15 - Tuesday, January 16, 2024"). */
    private static DateMention scheduleLine(DocumentView view, Sentence s) {
        for (int k = s.index() + 1; k < Math.min(view.sentences.size(), s.index() + 6); k++) {
            Sentence next = view.sentences.get(k);
            for (DateMention d : view.datesIn(next)) {
                int words = 0;
                for (int i = next.firstToken(); i < next.endToken(); i++) {
                    if (view.token(i).isWord() && (i < d.firstToken() || i >= d.endToken())) {
                        words++;
                    }
                }
                if (d.resolved() && words == 0) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Optional<EntityRef> location(DocumentView view, Sentence s, int trigger) {
        for (DocumentView.Actor a : view.actors(s, trigger, s.endToken())) {
            int before = a.firstToken() - 1;
            while (before > trigger && view.f(before).equals("the")) {
                before--;
            }
            if ((view.f(before).equals("in") || view.f(before).equals("at")) && !a.viaReference()
                    && !a.mention().is(Mention.Type.GROUP)) {
                return Optional.of(a.ref());
            }
        }
        return Optional.empty();
    }

    private static String name(DocumentView view, Sentence s, int trigger) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= trigger && trigger < m.endToken() && !m.is(Mention.Type.TITLE)) {
                return m.name();
            }
        }
        int start = trigger;
        while (start - 1 >= s.firstToken() && start > trigger - 4 && view.token(start - 1).isWord()
                && !Set.of("a", "an", "the", "its", "their", "his", "her", "of", "in", "at", "on").contains(view.f(start - 1))) {
            start--;
        }
        return view.text.substring(view.token(start).start(), view.token(trigger).end());
    }
}
