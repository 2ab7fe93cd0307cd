package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.structure.Modality;
import org.tsunagu.extraction.internal.structure.Statements;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Fact;

/**
 * Dated occasions: meetings (talks, reception, courtesy call, working session), visits,
 * signings, conferences (forum, summit), symposia (seminar), exhibitions (fair, expo, booth),
 * openings (an opening ceremony, the opening of an office or showroom, a launch) and other
 * ceremonies. An event needs a date from its sentence, the story so far, a dated lede or a dated
 * schedule line after it (in a story that gives no date at all, none); hedged and cancelled ones,
 * occasions still to come that nothing schedules and signings years before the story are left
 * out, and one occasion gives one event. A headline's occasions count only when the story tells
 * none of their kind.
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
    public Set<Layer<?>> requires() {
        return Set.of(VIEW, Layers.ROLES);
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Fact> roles = document.get(Layers.ROLES);
        List<Event> out = new ArrayList<>();
        List<Sentence> order = new ArrayList<>(view.sentences);
        if (!order.isEmpty() && view.isHeadline(order.get(0))) {
            // a headline sums the story up: its occasions are read last, and only those the story does not tell
            order.add(order.remove(0));
        }
        for (Sentence s : order) {
            readSentence(view, s, roles, out);
            scheduledSignings(view, s, out);
        }
        return new ArrayList<>(out);
    }

    private static void readSentence(DocumentView view, Sentence s, List<Fact> roles, List<Event> out) {
        boolean signing = !view.agreementsIn(s).isEmpty();
        boolean headline = view.isHeadline(s);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            EventKind kind = EventTriggers.kind(view, s, i);
            if (kind == null || EventTriggers.insideName(view, s, i) || headline && knownKind(out, kind)) {
                continue;
            }
            if (kind == EventKind.OTHER && (signing || !EventTriggers.ceremonyStandsAlone(view, s, i))) {
                continue;
            }
            if (kind == EventKind.MEETING && EventTriggers.anaphoric(view, s, i)) {
                continue;
            }
            if (kind == EventKind.SIGNING && restatesSigning(view, s, i, out)
                    || i > s.firstToken() && view.f(i - 1).equals("the") && knownKind(out, kind, view.f(i))) {
                redate(view, s, i, kind, out);
                continue;
            }
            if (kind != EventKind.OPENING && kind != EventKind.EXHIBITION && view.f(i - 1).equals("the")
                    && (view.nearestDate(s, i) == null && !(EventDates.undatedStory(view) && !knownKind(out, kind))
                    || EventTriggers.partOfNamedBefore(view, s, i))) {
                // "on the sidelines of the visit": an occasion named before, or never dated in a story that dates others
                continue;
            }
            if (!stated(view, s, i) && !(kind == EventKind.VISIT && EventTriggers.possessed(view, s, i))) {
                continue;
            }
            read(view, s, i, kind, roles, out);
        }
    }

    /**
     * An occasion held, or one the calendar holds ("will hold a forum on 3 May", "is set to visit"); not one only hoped
     * for ("may visit", "is considering a visit"), denied ("did not attend") or called off, nor an item of a plan.
     */
    private static boolean stated(DocumentView view, Sentence s, int trigger) {
        Modality modality = view.modalityOf(s, trigger);
        return !Hedges.inPlannedList(view, s) && (modality.isFactual() || Statements.schedules(modality));
    }

    /** An occasion told again with its own date dates the one read before. */
    private static void redate(DocumentView view, Sentence s, int trigger, EventKind kind, List<Event> out) {
        EventDates.When when = EventDates.of(view, s, trigger, kind);
        if (when != null && when.dated() && when.start() != null) {
            Occasions.redate(out, kind, when.start(), when.end());
        }
    }

    /** "Their governors signed the agreement at City Hall" after its signing was read: the same signing told again. */
    private static boolean restatesSigning(DocumentView view, Sentence s, int verb, List<Event> out) {
        return knownKind(out, EventKind.SIGNING) && view.agreementsIn(s).stream().anyMatch(c -> c.verb() == verb && c.definite());
    }

    private static boolean knownKind(List<Event> events, EventKind kind) {
        return events.stream().anyMatch(e -> e.kind() == kind);
    }

    /** "June 20: Signing of a memorandum of understanding between A and B" after a June 10 release. */
    private static void scheduledSignings(DocumentView view, Sentence s, List<Event> out) {
        for (AgreementReader.Candidate c : view.agreementsIn(s)) {
            if (c.status() != Hedges.Status.ASSERTED || c.parties().size() < 2 || !view.isAhead(c.date())) {
                continue;
            }
            String document = view.text(c.trigger(), c.triggerEnd());
            Event signing = new Event(EventKind.SIGNING, Optional.of(c.date()), Optional.empty(), Optional.empty(),
                    Optional.of("signing of the " + document), EventPlaces.after(view, s, c.triggerEnd()), List.of(), c.parties(),
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

    /** The parties of a signing, else the people of the sentence. */
    private static List<EntityRef> participants(DocumentView view, Sentence s, EventKind kind) {
        List<EntityRef> signers = kind == EventKind.SIGNING ? signers(view, s) : List.of();
        return signers.isEmpty() ? people(view, s) : signers;
    }

    private static List<EntityRef> people(DocumentView view, Sentence s) {
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PERSON) && out.stream().noneMatch(p -> p.name().equals(m.name()))) {
                out.add(view.ref(m));
            }
        }
        return out;
    }

    /** The parties of the sentence's signed documents, who take part in their signing. */
    private static List<EntityRef> signers(DocumentView view, Sentence s) {
        List<EntityRef> out = new ArrayList<>();
        for (AgreementReader.Candidate c : view.agreementsIn(s)) {
            for (EntityRef party : c.parties()) {
                Names.addUnlessNamed(out, party);
            }
        }
        return out;
    }

    private static void read(DocumentView view, Sentence s, int trigger, EventKind kind, List<Fact> roles, List<Event> out) {
        EventDates.When when = EventDates.of(view, s, trigger, kind);
        if (when == null || kind == EventKind.SIGNING && !EventDates.recent(view, when.start())) {
            // a signing years before the story is the background of a tie, not an occasion it reports
            return;
        }
        if (view.f(trigger).equals("visited") && !when.dated()) {
            // "fans also visited Hoi An during their stay": a visit the story dates is one it reports
            return;
        }
        List<EntityRef> places = EventTriggers.PLURALS.containsKey(view.f(trigger)) ? EventPlaces.eachIn(view, s, trigger)
                : List.of();
        Optional<EntityRef> location = places.isEmpty() ? EventPlaces.of(view, s, trigger, kind) : Optional.of(places.get(0));
        List<EntityRef> organizers = EventHosts.of(view, s, trigger, kind, roles);
        if (organizers.isEmpty() && kind == EventKind.VISIT) {
            // "The delegation will visit Toyota City tomorrow": the delegation the story has already named
            for (Event e : out) {
                if (e.kind() == EventKind.VISIT && !e.organizers().isEmpty()) {
                    organizers = e.organizers();
                }
            }
        }
        List<EntityRef> participants = participants(view, s, kind);
        String name = EventNames.of(view, s, trigger, kind, organizers, location, EventHosts.sides(view, s, roles));
        Event event = new Event(kind, Optional.ofNullable(when.start()), Optional.ofNullable(when.end()),
                Optional.ofNullable(when.dateText()), Optional.of(name), location.or(() -> view.datelinePlace()), organizers,
                participants, view.evidence(s, trigger, trigger + 1), when.confidence());
        Occasions.add(out, event, when.dated());
        for (EntityRef place : places.subList(Math.min(1, places.size()), places.size())) {
            // one occasion to each place: apart from the others on its day, which Occasions would fold into one
            out.add(new Event(kind, event.date(), event.endDate(), event.dateText(), Optional.of(name + " in "
                    + place.name()), Optional.of(place), organizers, participants, event.evidence(), event.confidence()));
        }
    }
}
