package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Fact;

/**
 * Where a product line is shown: the fair, seminar, showroom or reception read in its sentence or
 * last before it, by the occasion's name where the text gives it, else by the occasion's place.
 */
final class ProductShowcases {

    /** Occasions at which goods are put before buyers; a visit or talks are not. */
    private static final Set<EventKind> SHOWS = Set.of(EventKind.EXHIBITION, EventKind.OPENING, EventKind.CONFERENCE,
            EventKind.SYMPOSIUM, EventKind.MEETING, EventKind.OTHER);

    /** How many words after a product "at" its show may stand: "“A” half-dried persimmons at Gulfood". */
    private static final int AT_REACH = 6;

    private ProductShowcases() {
    }

    static Optional<EntityRef> of(DocumentView view, Sentence s, int end, List<Fact> events) {
        Optional<EntityRef> at = namedAt(view, s, end);
        if (at.isPresent()) {
            return at;
        }
        Event best = last(s, events, Set.of(EventKind.EXHIBITION));
        if (best == null) {
            best = last(s, events, SHOWS);
        }
        if (best == null) {
            // a headline's product, shown at the fair the story goes on to report
            best = events.stream().map(Event.class::cast).filter(e -> e.kind() == EventKind.EXHIBITION).findFirst().orElse(null);
        }
        if (best == null) {
            return Optional.empty();
        }
        Optional<EntityRef> named = named(view, best);
        return named.isPresent() ? named : best.location();
    }

    /** "exhibit “A” persimmons at Gulfood, a food fair": the name right after "at" that follows the product. */
    private static Optional<EntityRef> namedAt(DocumentView view, Sentence s, int end) {
        for (int i = end; i < Math.min(s.endToken(), end + AT_REACH) && !view.f(i).equals(";"); i++) {
            if (!view.f(i).equals("at")) {
                continue;
            }
            int name = view.f(i + 1).equals("the") ? i + 2 : i + 1;
            for (Mention m : view.mentionsIn(s)) {
                if (m.firstToken() == name && (m.is(Mention.Type.OTHER) || m.is(Mention.Type.ORGANISATION))) {
                    return Optional.of(new EntityRef(m.name(), EntityType.ORGANISATION, m.span()));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean hasCapital(String name) {
        return name.codePoints().anyMatch(Character::isUpperCase);
    }

    /** The occasion of one of the kinds read last at or before the sentence, or null. */
    private static Event last(Sentence s, List<Fact> events, Set<EventKind> kinds) {
        Event best = null;
        for (Fact f : events) {
            Event e = (Event) f;
            int at = e.evidence().sentenceIndex();
            if (kinds.contains(e.kind()) && at <= s.index() && (best == null || at >= best.evidence().sentenceIndex())) {
                best = e;
            }
        }
        return best;
    }

    /** The occasion's name, or its last words, where its sentence gives them word for word. */
    private static Optional<EntityRef> named(DocumentView view, Event e) {
        if (e.name().isEmpty()) {
            return Optional.empty();
        }
        Span sentence = e.evidence().sentence();
        String name = e.name().get();
        while (!name.isEmpty()) {
            int at = view.text.indexOf(name, sentence.start());
            // "a buyers' meeting", "a reception": a common noun names no show
            if (at >= 0 && at + name.length() <= sentence.end() && hasCapital(name)) {
                return Optional.of(new EntityRef(name, EntityType.ORGANISATION, new Span(at, at + name.length())));
            }
            int space = name.indexOf(' ');
            name = space < 0 ? "" : name.substring(space + 1);
        }
        return Optional.empty();
    }
}
