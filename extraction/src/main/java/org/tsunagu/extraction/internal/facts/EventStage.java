package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Fact;

/**
 * Dated occasions: meetings (talks, reception, courtesy call), visits, conferences (forum,
 * summit), symposia (seminar), exhibitions (fair, expo, booth), openings (an opening ceremony,
 * the opening of an office or showroom) and other ceremonies. An event needs a date from its
 * sentence, the story so far, or a dated schedule line after it; hedged and cancelled ones are
 * left out, and one occasion gives one event.
 */
public final class EventStage extends FactStage {

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
                EventKind kind = EventTriggers.kind(view, s, i);
                if (kind == null || EventTriggers.insideName(view, s, i)) {
                    continue;
                }
                if (kind == EventKind.OTHER && (signing || !EventTriggers.ceremonyStandsAlone(view, s, i))) {
                    continue;
                }
                if (kind == EventKind.MEETING && EventTriggers.anaphoric(view, s, i)) {
                    continue;
                }
                if (kind != EventKind.OPENING && kind != EventKind.EXHIBITION && view.f(i - 1).equals("the")
                        && (view.nearestDate(s, i) == null || EventTriggers.partOfNamedBefore(view, s, i))) {
                    // "on the sidelines of the visit": an occasion named before, or never dated
                    continue;
                }
                if (i > s.firstToken() && view.f(i - 1).equals("the") && knownKind(out, kind, view.f(i))) {
                    continue;
                }
                Hedges.Status status = Hedges.inPlannedList(view, s) ? Hedges.Status.PROPOSED : Hedges.of(view, s, i, 7);
                if (status != Hedges.Status.ASSERTED && !(kind == EventKind.VISIT && EventTriggers.possessed(view, s, i))) {
                    continue;
                }
                read(view, s, i, kind, out);
            }
            scheduledSignings(view, s, out);
        }
        return new ArrayList<>(out);
    }

    /** "June 20: Signing of a memorandum of understanding between A and B" after a June 10 release. */
    private static void scheduledSignings(DocumentView view, Sentence s, List<Event> out) {
        for (AgreementReader.Candidate c : view.agreementsIn(s)) {
            if (c.status() != Hedges.Status.ASSERTED || c.parties().size() < 2 || !view.isAhead(c.date())) {
                continue;
            }
            String document = view.text.substring(view.token(c.trigger()).start(), view.token(c.triggerEnd() - 1).end());
            Event signing = new Event(EventKind.SIGNING, Optional.of(c.date()), Optional.empty(), Optional.empty(),
                    Optional.of("signing of the " + document), location(view, s, c.triggerEnd()), List.of(), c.parties(),
                    view.evidence(s, c.trigger(), c.triggerEnd()), 0.7);
            Occasions.add(out, signing, true);
        }
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

    private static void read(DocumentView view, Sentence s, int trigger, EventKind kind, List<Event> out) {
        EventDates.When when = EventDates.of(view, s, trigger, kind);
        if (when == null) {
            return;
        }
        Optional<EntityRef> location = location(view, s, trigger);
        List<EntityRef> participants = new ArrayList<>();
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PERSON) && participants.stream().noneMatch(p -> p.name().equals(m.name()))) {
                participants.add(view.ref(m));
            }
        }
        Event event = new Event(kind, Optional.ofNullable(when.start()), Optional.ofNullable(when.end()),
                Optional.ofNullable(when.dateText()), Optional.of(name(view, s, trigger)), location, List.of(), participants,
                view.evidence(s, trigger, trigger + 1), when.confidence());
        Occasions.add(out, event, when.dated());
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
