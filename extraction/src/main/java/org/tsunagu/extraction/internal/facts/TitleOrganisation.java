package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/**
 * The organisation or place a title belongs to: its of-phrase ("president of the X"), the name
 * before it ("Kyoto Mayor", "India's Ambassador", "Japanese Ambassador"), the place a generic body
 * stands for ("the provincial People's Committee"), or where a delegation led by the title-holder
 * comes from.
 */
final class TitleOrganisation {

    static final Set<String> OF = Words.of("of", "at", "for");
    private static final Set<String> GENERIC_BODIES = Words.of("people's committee", "party committee",
            "people's council", "standing committee");

    private TitleOrganisation() {
    }
    static Optional<EntityRef> orgBetween(DocumentView view, Sentence s, List<Mention> mentions, int from, int to) {
        if (from >= to || view.f(from).equals("to")) {
            return Optional.empty();
        }
        return chooseOrg(view, s, mentions, from, to, from);
    }

    static Optional<EntityRef> orgAfterPerson(DocumentView view, Sentence s, List<Mention> mentions, Mention person) {
        int i = person.endToken();
        if (i < s.endToken() && view.f(i).equals("of")) {
            int end = phraseEnd(view, s, i + 1);
            return chooseOrg(view, s, mentions, i + 1, end, i);
        }
        return Optional.empty();
    }

    /** "Kyoto Mayor", "India's Ambassador", "Japanese Ambassador": the name before the title. */
    static Optional<EntityRef> orgBefore(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
        int end = titleStart;
        if (end - 1 >= s.firstToken() && view.f(end - 1).equals("'s")) {
            end--;
        }
        for (Mention m : mentions) {
            if (m.endToken() == end && m.isActor()) {
                return Optional.of(view.ref(m));
            }
        }
        if (titleStart - 1 >= s.firstToken()) {
            var t = view.token(titleStart - 1);
            var place = t.isCapitalized() ? demonymPlace(view, s, titleStart - 1) : null;
            if (place != null) {
                return Optional.of(new EntityRef(place, EntityType.PLACE, t.span()));
            }
        }
        return Optional.empty();
    }

    /** "a delegation from Japan's Sakai city headed by Deputy Mayor X": X belongs to where the delegation is from. */
    static Optional<EntityRef> delegationOrigin(DocumentView view, Sentence s, int titleStart) {
        if (titleStart - 2 < s.firstToken() || !view.f(titleStart - 1).equals("by")
                || !(view.f(titleStart - 2).equals("led") || view.f(titleStart - 2).equals("headed"))) {
            return Optional.empty();
        }
        int from = -1;
        for (int i = titleStart - 3; i > s.firstToken() && i > titleStart - 14; i--) {
            if (view.f(i).equals("from") && view.f(i - 1).startsWith("delegation")) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        List<DocumentView.Actor> actors = view.actors(s, from + 1, titleStart);
        for (int i = actors.size() - 1; i >= 0; i--) {
            if (!actors.get(i).isCountry()) {
                return Optional.of(actors.get(i).ref());
            }
        }
        return Optional.empty();
    }

    /** "Margaret Fong, Executive Director, HKTDC, and ...": a name set off by commas right after the title. */
    static Optional<EntityRef> orgAfterComma(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        if (!view.f(end).equals(",")) {
            return Optional.empty();
        }
        for (Mention m : mentions) {
            if (m.firstToken() == end + 1 && m.isActor()) {
                String after = view.f(m.endToken());
                boolean closed = m.endToken() >= s.endToken() || after.equals(",") || after.equals(".") || after.equals(";")
                        || after.equals("(") || after.equals(")");
                return closed ? Optional.of(view.ref(m)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String demonymPlace(DocumentView view, Sentence s, int token) {
        for (var l : view.lookupsStartingIn(token, token + 1)) {
            if (l.firstToken() == token && l.category() == org.tsunagu.extraction.internal.lexicon.Lookup.Category.DEMONYM) {
                return l.place().name();
            }
        }
        return null;
    }

    static Optional<EntityRef> orgPhrase(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        if (end >= s.endToken() || !OF.contains(view.f(end))) {
            return Optional.empty();
        }
        int phraseEnd = phraseEnd(view, s, end + 1);
        return chooseOrg(view, s, mentions, end + 1, phraseEnd, end);
    }

    static int phraseEnd(DocumentView view, Sentence s, int from) {
        int i = from;
        while (i < s.endToken()) {
            String f = view.f(i);
            if (f.equals(",") || f.equals(";") || f.equals("-") && !view.token(i).span().overlaps(new Span(0, 0))
                    && i > from && view.token(i).start() > view.token(i - 1).end() || f.equals("(") || f.equals("—")
                    || f.equals("said") || f.equals("and") || f.equals(".")) {
                break;
            }
            if (view.token(i).isCapitalized() && i > from && isPersonStart(view, s, i)) {
                break;
            }
            int nameEnd = nameEndingAfter(view, s, i);
            i = nameEnd > i ? nameEnd : i + 1;
        }
        return i;
    }

    static int nameEndingAfter(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() == i && !m.is(Mention.Type.TITLE) && !m.is(Mention.Type.PERSON)) {
                return m.endToken();
            }
        }
        return i;
    }

    static boolean isPersonStart(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() == i && m.is(Mention.Type.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation of an of-phrase: its first organisation or non-country place; a generic body
     * ("the municipal People's Committee") stands for the place named in it or, failing that, the
     * last place named before it.
     */
    static Optional<EntityRef> chooseOrg(DocumentView view, Sentence s, List<Mention> mentions, int from, int to,
            int anchor) {
        Mention place = null;
        Mention org = null;
        Mention country = null;
        boolean generic = false;
        Mention genericBody = null;
        Mention other = null;
        for (Mention m : mentions) {
            if (m.firstToken() >= from && m.endToken() <= to && m.is(Mention.Type.OTHER) && other == null) {
                other = m;
            }
        }
        for (DocumentView.Actor a : view.actors(s, from, to)) {
            if (a.viaReference() && a.mention().is(Mention.Type.ORGANISATION)
                    && (other == null || a.firstToken() < other.firstToken())) {
                return Optional.of(new EntityRef(a.mention().name(), EntityType.ORGANISATION, a.ref().span()));
            }
        }
        for (Mention m : mentions) {
            if (m.firstToken() < from || m.endToken() > to || !m.isActor()) {
                continue;
            }
            if (other != null && other.firstToken() < m.firstToken() && org == null && place == null && country == null) {
                Span span = new Span(other.span().start(), view.token(to - 1).end());
                return Optional.of(new EntityRef(span.of(view.text), EntityType.ORGANISATION, span));
            }
            if (m.is(Mention.Type.ORGANISATION)) {
                if (GENERIC_BODIES.contains(m.name().toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
                    generic = true;
                    genericBody = genericBody == null ? m : genericBody;
                } else if (org == null) {
                    org = m;
                }
            } else if (m.isCountry()) {
                country = country == null ? m : country;
            } else if (place == null) {
                place = m;
            }
        }
        if (org != null && (place == null || org.firstToken() <= place.firstToken() || generic)) {
            EntityRef bodyPlace = LocalBodies.isLevelBody(org) ? placeOfBody(view, s, from, anchor, to) : null;
            return Optional.of(bodyPlace == null ? view.ref(org) : LocalBodies.of(view, org, bodyPlace.name()));
        }
        if (country != null && country.endToken() + 1 < to && view.f(country.endToken()).equals("in")
                && (place == null || place.firstToken() > country.endToken())) {
            int end = Math.min(to, phraseEnd(view, s, country.endToken() + 1));
            Span span = new Span(view.token(country.firstToken()).start(), view.token(end - 1).end());
            return Optional.of(new EntityRef(span.of(view.text), EntityType.ORGANISATION, span));
        }
        if (place != null) {
            return Optional.of(view.ref(place));
        }
        if (generic) {
            EntityRef bodyPlace = placeOfBody(view, s, from, anchor, to);
            if (bodyPlace != null) {
                return Optional.of(LocalBodies.of(view, genericBody, bodyPlace.name()));
            }
        }
        if (country != null) {
            int i = country.endToken();
            if (i + 1 < to && view.f(i).equals("in")) {
                int end = Math.min(to, phraseEnd(view, s, i + 1));
                Span span = new Span(view.token(country.firstToken()).start(), view.token(end - 1).end());
                return Optional.of(new EntityRef(span.of(view.text), EntityType.ORGANISATION, span));
            }
            return Optional.of(view.ref(country));
        }
        if (to > from) {
            int start = from;
            while (start < to && (view.f(start).equals("the") || !view.token(start).isWord())) {
                start++;
            }
            if (start < to && view.token(start).isCapitalized()) {
                Span span = new Span(view.token(start).start(), view.token(to - 1).end());
                return Optional.of(new EntityRef(span.of(view.text), EntityType.ORGANISATION, span));
            }
        }
        return Optional.empty();
    }

    /** The place a generic body stands for: the last place before it in the sentence, else the story's place. */
    private static EntityRef placeOfBody(DocumentView view, Sentence s, int from, int anchor, int to) {
        boolean provincial = false;
        for (int i = anchor; i < to; i++) {
            provincial |= view.f(i).equals("provincial");
        }
        List<DocumentView.Actor> before = view.actors(s, s.firstToken(), from);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i).mention();
            if (m.is(Mention.Type.PLACE) && !before.get(i).isCountry() && isRegion(m) == provincial) {
                return new EntityRef(m.name(), EntityType.PLACE, before.get(i).ref().span());
            }
        }
        for (Mention m : view.salientPlaces()) {
            if (isRegion(m) == provincial && !view.inDateline(m)) {
                return view.ref(m);
            }
        }
        return null;
    }

    static boolean isRegion(Mention m) {
        String n = m.name().toLowerCase(Locale.ROOT);
        return n.endsWith("province") || m.place() != null && m.place().kind() == org.tsunagu.extraction.internal.lexicon.Place.Kind.REGION
                && !n.endsWith("city");
    }
}
