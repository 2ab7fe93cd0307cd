package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Role;

/**
 * Persons with titles, in both orders and both name orders: "Deputy Mayor Heping Chen of
 * Chongqing City", "Governor of Japan's Gunma prefecture Yamamoto Ichita", "Zhou Mi, president of
 * the ...", "Busan Mayor Kang Tae-won", "director and secretary-general of ..." (one role per
 * title), and "his Japanese counterpart, Shinzo Abe" (the title of the person he is set against).
 */
public final class RoleStage extends FactStage {

    private static final Set<String> OF = Set.of("of", "at", "for");
    private static final Set<String> GENERIC_BODIES = Set.of("people's committee", "party committee",
            "people's council", "standing committee");

    @Override
    public String name() {
        return "read-roles";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.ROLES;
    }

    @Override
    List<Fact> read(DocumentView view) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Sentence s : view.sentences) {
            List<Mention> mentions = view.mentionsIn(s);
            for (int k = 0; k < mentions.size(); k++) {
                Mention title = mentions.get(k);
                if (!title.is(Mention.Type.TITLE)) {
                    continue;
                }
                List<Mention> titles = new ArrayList<>(List.of(title));
                int end = title.endToken();
                while (end + 1 < s.endToken() && view.f(end).equals("and") && titleAt(mentions, end + 1) != null) {
                    Mention next = titleAt(mentions, end + 1);
                    titles.add(next);
                    end = next.endToken();
                }
                if (k > 0 && mentions.get(k - 1).is(Mention.Type.TITLE) && mentions.get(k - 1).endToken() + 1 == title.firstToken()
                        && view.f(title.firstToken() - 1).equals("and")) {
                    continue;
                }
                Mention person = personAfter(view, s, mentions, end);
                double confidence = 0.9;
                Optional<EntityRef> org;
                if (person != null) {
                    org = orgBetween(view, s, mentions, end, person.firstToken());
                    if (org.isEmpty()) {
                        org = orgAfterPerson(view, s, mentions, person);
                    }
                    if (org.isEmpty()) {
                        org = orgBefore(view, s, mentions, title.firstToken());
                    }
                    if (org.isEmpty()) {
                        org = delegationOrigin(view, s, title.firstToken());
                    }
                } else {
                    person = personBefore(view, s, mentions, title.firstToken());
                    if (person != null && title.firstToken() > s.firstToken() && demonymPlace(view, s, title.firstToken() - 1) != null
                            && orgPhrase(view, s, mentions, end).isEmpty()) {
                        var t = view.token(title.firstToken() - 1);
                        Role role = new Role(view.ref(person), title.title(), Optional.of(new EntityRef(
                                demonymPlace(view, s, title.firstToken() - 1), EntityType.PLACE, t.span())),
                                view.evidence(s, title.firstToken(), title.endToken()), 0.75);
                        roles.putIfAbsent(person.name().toLowerCase(Locale.ROOT) + "|" + title.title().toLowerCase(Locale.ROOT), role);
                        continue;
                    }
                    if (person == null && title.firstToken() > s.firstToken() && view.f(title.firstToken() - 1).equals("and")) {
                        person = personOfPreviousTitle(view, s, mentions, k);
                    }
                    confidence = 0.8;
                    org = person == null ? Optional.empty() : orgPhrase(view, s, mentions, end);
                }
                if (person == null) {
                    continue;
                }
                for (Mention t : titles) {
                    String key = person.name().toLowerCase(Locale.ROOT) + "|" + t.title().toLowerCase(Locale.ROOT);
                    Role role = new Role(view.ref(person), t.title(), org, view.evidence(s, t.firstToken(), t.endToken()),
                            person.endToken() - person.firstToken() == 1 ? confidence - 0.1 : confidence);
                    Role old = roles.get(key);
                    if (old == null || old.org().isEmpty() && org.isPresent()) {
                        roles.put(key, role);
                    }
                }
            }
            counterparts(view, s, mentions, roles);
        }
        return new ArrayList<>(roles.values());
    }

    private static Mention titleAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.is(Mention.Type.TITLE) && m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The person right after the title, or after its of-phrase ("Governor of Gunma prefecture Yamamoto Ichita"). */
    private static Mention personAfter(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        if (view.f(end).equals("(")) {
            int close = end;
            while (close < s.endToken() && !view.f(close).equals(")")) {
                close++;
            }
            end = close + 1;
        }
        if (view.f(end).equals(",") && !view.token(end - 1).isCapitalized()) {
            int next = end + 1;
            if (Set.of("mr", "ms", "mrs", "dr").contains(view.f(next))) {
                next += view.f(next + 1).equals(".") ? 2 : 1;
            }
            for (Mention m : mentions) {
                if (m.firstToken() == next && m.is(Mention.Type.PERSON)) {
                    return m;
                }
            }
        }
        for (Mention m : mentions) {
            if (m.firstToken() < end) {
                continue;
            }
            if (m.is(Mention.Type.PERSON)) {
                if (m.firstToken() == end) {
                    return m;
                }
                boolean phrase = OF.contains(view.f(end)) || view.f(end).equals("to");
                if (phrase && m.firstToken() - end <= 14 && !crosses(view, end, m.firstToken(), mentions)) {
                    return m;
                }
                return null;
            }
            if (m.is(Mention.Type.TITLE)) {
                return null;
            }
        }
        return null;
    }

    private static boolean crosses(DocumentView view, int from, int to, List<Mention> mentions) {
        for (int i = from; i < to; i++) {
            String f = view.f(i);
            if (f.equals(";") || f.equals(".") || f.equals("and") || f.equals("said") || f.equals("told")) {
                return true;
            }
            if (f.equals(",") && i + 1 != to) {
                return true;
            }
        }
        return false;
    }

    /** "Name, head of X and honorary president of Y": the person of the title before, in the same clause. */
    private static Mention personOfPreviousTitle(DocumentView view, Sentence s, List<Mention> mentions, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (m.is(Mention.Type.TITLE)) {
                for (int i = m.endToken(); i < mentions.get(k).firstToken(); i++) {
                    if (view.f(i).equals(";") || view.f(i).equals(",")) {
                        return null;
                    }
                }
                return personBefore(view, s, mentions, m.firstToken());
            }
        }
        return null;
    }

    private static Mention personBefore(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
        int i = titleStart - 1;
        int adjectives = 0;
        while (i > s.firstToken() && adjectives < 3 && !view.f(i).equals(",") && view.token(i).isWord()
                && (!view.token(i).isCapitalized() || demonymPlace(view, s, i) != null)) {
            i--;
            adjectives++;
        }
        if (i <= s.firstToken() || !view.f(i).equals(",")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.is(Mention.Type.PERSON) && m.endToken() == i) {
                return m;
            }
        }
        return null;
    }

    private static Optional<EntityRef> orgBetween(DocumentView view, Sentence s, List<Mention> mentions, int from, int to) {
        if (from >= to || view.f(from).equals("to")) {
            return Optional.empty();
        }
        return chooseOrg(view, s, mentions, from, to, from);
    }

    private static Optional<EntityRef> orgAfterPerson(DocumentView view, Sentence s, List<Mention> mentions, Mention person) {
        int i = person.endToken();
        if (i < s.endToken() && view.f(i).equals("of")) {
            int end = phraseEnd(view, s, i + 1);
            return chooseOrg(view, s, mentions, i + 1, end, i);
        }
        return Optional.empty();
    }

    /** "Kyoto Mayor", "India's Ambassador", "Japanese Ambassador": the name before the title. */
    private static Optional<EntityRef> orgBefore(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
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

    /** "a delegation from Japan's Kitakyushu city led by Deputy Mayor X": X belongs to where the delegation is from. */
    private static Optional<EntityRef> delegationOrigin(DocumentView view, Sentence s, int titleStart) {
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

    private static String demonymPlace(DocumentView view, Sentence s, int token) {
        for (var l : view.doc.get(Layers.LOOKUPS)) {
            if (l.firstToken() == token && l.category() == org.tsunagu.extraction.internal.lexicon.Lookup.Category.DEMONYM) {
                return l.place().name();
            }
        }
        return null;
    }

    private static Optional<EntityRef> orgPhrase(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        if (end >= s.endToken() || !OF.contains(view.f(end))) {
            return Optional.empty();
        }
        int phraseEnd = phraseEnd(view, s, end + 1);
        return chooseOrg(view, s, mentions, end + 1, phraseEnd, end);
    }

    private static int phraseEnd(DocumentView view, Sentence s, int from) {
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

    private static int nameEndingAfter(DocumentView view, Sentence s, int i) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() == i && !m.is(Mention.Type.TITLE) && !m.is(Mention.Type.PERSON)) {
                return m.endToken();
            }
        }
        return i;
    }

    private static boolean isPersonStart(DocumentView view, Sentence s, int i) {
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
    private static Optional<EntityRef> chooseOrg(DocumentView view, Sentence s, List<Mention> mentions, int from, int to,
            int anchor) {
        Mention place = null;
        Mention org = null;
        Mention country = null;
        boolean generic = false;
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
            return Optional.of(view.ref(org));
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
            boolean provincial = false;
            for (int i = anchor; i < to; i++) {
                provincial |= view.f(i).equals("provincial");
            }
            List<DocumentView.Actor> before = view.actors(s, s.firstToken(), from);
            for (int i = before.size() - 1; i >= 0; i--) {
                Mention m = before.get(i).mention();
                if (m.is(Mention.Type.PLACE) && !before.get(i).isCountry() && isRegion(m) == provincial) {
                    return Optional.of(new EntityRef(m.name(), EntityType.PLACE, before.get(i).ref().span()));
                }
            }
            for (Mention m : view.salientPlaces()) {
                if (isRegion(m) == provincial) {
                    return Optional.of(view.ref(m));
                }
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

    private static boolean isRegion(Mention m) {
        String n = m.name().toLowerCase(Locale.ROOT);
        return n.endsWith("province") || m.place() != null && m.place().kind() == org.tsunagu.extraction.internal.lexicon.Place.Kind.REGION
                && !n.endsWith("city");
    }

    /** "Modi and his Japanese counterpart, Shinzo Abe": the counterpart holds the same title for his country. */
    private static void counterparts(DocumentView view, Sentence s, List<Mention> mentions, Map<String, Role> roles) {
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            if (!view.f(i).equals("counterpart") || !view.f(i + 1).equals(",")) {
                continue;
            }
            Mention person = null;
            for (Mention m : mentions) {
                if (m.firstToken() == i + 2 && m.is(Mention.Type.PERSON)) {
                    person = m;
                }
            }
            Role model = null;
            for (Role r : roles.values()) {
                if (person != null && !r.person().name().equals(person.name()) && r.evidence().sentence().start() <= s.span().start()) {
                    model = model == null || r.title().contains("Minister") || r.title().contains("President") ? r : model;
                }
            }
            if (person == null || model == null) {
                continue;
            }
            String country = i - 1 >= s.firstToken() ? demonymPlace(view, s, i - 1) : null;
            Optional<EntityRef> org = country == null ? Optional.empty()
                    : Optional.of(new EntityRef(country, EntityType.PLACE, view.token(i - 1).span()));
            String key = person.name().toLowerCase(Locale.ROOT) + "|" + model.title().toLowerCase(Locale.ROOT);
            roles.putIfAbsent(key, new Role(view.ref(person), model.title(), org, view.evidence(s, i, i + 1), 0.6));
        }
    }
}
