package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Role;

/**
 * Where a named product comes from, by the nearest construction that says so: its description
 * ("“A”, snacks from Gimpo", "shampoos made in Daegu", "a Shizuoka-made matcha", "the
 * prefecture's top mango brand"), a place in its name that the article names on its own, a
 * possessive before it ("Shaanxi's “B”", "the province's brands, including “C”"), the producer
 * presenting it ("Chengdu Jinsha Tea presented its “D”", "Guangxi companies will introduce
 * products including", "Chen's company presented"), else the article's most named place.
 */
final class ProductOrigin {

    /** Participles that tie a product to the place after them ("grown in") or before them ("Kagoshima-grown"). */
    private static final Set<String> MADE = Words.of("made", "grown", "produced", "pressed", "brewed", "harvested", "farmed",
            "caught", "raised", "distilled", "woven", "crafted", "roasted", "drawn", "bred", "baked", "processed");
    /** Words that end a product's description: a new clause or the next product's quotation mark (folded). */
    private static final Set<String> DESCRIPTION_ENDS = Words.of(";", ".", "which", "that", "who", "while", "whereas",
            "but", "\"");
    private static final int DESCRIPTION_LENGTH = 14;
    /** How far after the name an owner in apposition may start: "“A”, the prefecture's brand". */
    private static final int APPOSITION = 3;
    /** Verbs by which a producer puts its product before buyers. */
    private static final Set<String> PRESENTS = Words.of("presented", "presents", "present", "introduced", "introduces",
            "introduce", "displayed", "displays", "display", "showcased", "showcases", "showcase", "offered", "offers",
            "offer", "exhibited", "exhibits", "exhibit", "launched", "launches", "launch", "unveiled", "unveils", "unveil",
            "promoted", "promotes", "promote", "brought", "brings", "bring", "sells", "sold", "sell");
    /** Who comes from a place rather than what is made there: "sold to buyers from Busan". */
    private static final Set<String> PEOPLE = Words.of("visitors", "visitor", "buyers", "buyer", "guests", "delegates",
            "delegation", "delegations", "importers", "traders", "officials", "participants", "consumers", "customers",
            "tourists", "representatives", "exhibitors", "students", "people");
    private static final Set<String> COMPANY_NOUNS = Words.of("company", "firm", "group", "studio", "brand", "factory");

    private ProductOrigin() {
    }

    /** The origin of the product named over tokens [first, end) of the sentence, closed at {@code close}. */
    static Optional<EntityRef> of(DocumentView view, Sentence s, int first, int close, List<Mention> salient,
            List<Fact> roles, Set<String> goods) {
        Optional<EntityRef> origin = described(view, s, close);
        if (origin.isEmpty()) {
            origin = inName(view, first, close, salient);
        }
        if (origin.isEmpty()) {
            origin = possessiveBefore(view, s, first);
        }
        if (origin.isEmpty()) {
            origin = demonymGoods(view, s, first, goods);
        }
        if (origin.isEmpty()) {
            origin = presenter(view, s, first, roles);
        }
        if (origin.isEmpty()) {
            for (Mention m : salient) {
                if (!view.inDateline(m)) {
                    return Optional.of(view.ref(m));
                }
            }
        }
        return origin;
    }

    /** "“A”, puffed rice snacks from Gimpo", "grown in Minamikyushu", "a Furano-made jelly", "the prefecture's brand". */
    private static Optional<EntityRef> described(DocumentView view, Sentence s, int close) {
        int end = close + 1;
        boolean made = false;
        while (end < s.endToken() && end - close <= DESCRIPTION_LENGTH && !DESCRIPTION_ENDS.contains(view.f(end))
                && !(view.f(end).equals("and") && view.token(end + 1).isCapitalized())) {
            made |= MADE.contains(view.f(end)) || view.f(end).equals("from");
            end++;
        }
        for (Mention m : view.mentionsIn(s)) {
            if (m.firstToken() <= close || m.endToken() > end || !isOrigin(m)) {
                continue;
            }
            String before = view.f(m.firstToken() - 1);
            boolean located = before.equals("from") && !PEOPLE.contains(view.f(m.firstToken() - 2))
                    || made && (before.equals("in") || before.equals("at"));
            boolean apposed = m.firstToken() - close <= APPOSITION && possessive(view, m) && m.is(Mention.Type.PLACE);
            if (located || madeAfter(view, m) || apposed) {
                return Optional.of(view.ref(m));
            }
        }
        for (DocumentView.Actor a : view.actors(s, close + 1, Math.min(end, close + 1 + APPOSITION))) {
            if (a.viaReference() && a.mention().is(Mention.Type.PLACE) && !a.isCountry() && view.f(a.endToken()).equals("'s")) {
                return Optional.of(a.ref());
            }
        }
        return Optional.empty();
    }

    /** A place, or a capitalised name the gazetteer does not know ("from Gimpo"); not a country. */
    private static boolean isOrigin(Mention m) {
        return m.is(Mention.Type.PLACE) && !m.isCountry()
                || m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() == 1;
    }

    /**
     * "various Thai products will be shown, including “A”", "(Lao rice whisky) brand “B”": a demonym before the
     * name that qualifies goods names the country they come from.
     */
    private static Optional<EntityRef> demonymGoods(DocumentView view, Sentence s, int first, Set<String> goods) {
        for (Lookup l : view.lookupsStartingIn(s.firstToken(), first)) {
            if (l.category() == Lookup.Category.DEMONYM && l.firstToken() >= s.firstToken()
                    && l.endToken() <= first && qualifiesGoods(view, l.endToken(), first, goods)) {
                return Optional.of(new EntityRef(l.place().name(), EntityType.PLACE, view.token(l.firstToken()).span()));
            }
        }
        return Optional.empty();
    }

    private static boolean qualifiesGoods(DocumentView view, int from, int first, Set<String> goods) {
        for (int i = from; i < Math.min(first, from + 3); i++) {
            if (goods.contains(view.f(i))) {
                return true;
            }
            if (!view.token(i).isWord() || view.token(i).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** "Shizuoka-made", "Binh Thuan-grown". */
    private static boolean madeAfter(DocumentView view, Mention m) {
        return view.f(m.endToken()).equals("-") && MADE.contains(view.f(m.endToken() + 1));
    }

    private static boolean possessive(DocumentView view, Mention m) {
        return view.f(m.endToken()).equals("'s");
    }

    /** A place word in the name ("Jeju Gamgyul Mist") that is a region or that the article also names on its own. */
    private static Optional<EntityRef> inName(DocumentView view, int first, int close, List<Mention> salient) {
        for (Lookup l : view.lookupsStartingIn(first, close)) {
            if (l.place() != null && l.firstToken() >= first && l.endToken() <= close
                    && l.place().kind() != Place.Kind.COUNTRY
                    && (l.place().kind() == Place.Kind.REGION || namedElsewhere(view, salient, view.token(l.firstToken()).folded()))) {
                Span span = new Span(view.token(l.firstToken()).start(), view.token(l.endToken() - 1).end());
                return Optional.of(new EntityRef(span.of(view.text), EntityType.PLACE, span));
            }
        }
        return Optional.empty();
    }

    private static boolean namedElsewhere(DocumentView view, List<Mention> salient, String folded) {
        for (Mention m : salient) {
            if (view.token(m.firstToken()).folded().equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest place before the name that owns it or describes it: "Shaanxi's “B”", "the province's
     * agricultural brands, including “C”", "a Kagoshima-made “D”", "from Chaozhou".
     */
    private static Optional<EntityRef> possessiveBefore(DocumentView view, Sentence s, int first) {
        Optional<EntityRef> nearest = Optional.empty();
        for (DocumentView.Actor a : view.actors(s)) {
            boolean owner = view.f(a.endToken()).equals("'s") || a.viaReference() || view.f(a.firstToken() - 1).equals("from")
                    || madeAfter(view, a.mention());
            // a country owns a line only right before its name ("Taiwan's X mangoes"); further off it is often the market
            boolean ownsName = a.endToken() + 1 == first && view.f(a.endToken()).equals("'s");
            if (a.mention().is(Mention.Type.PLACE) && (!a.isCountry() || ownsName) && a.endToken() <= first && owner) {
                nearest = Optional.of(a.ref());
            }
        }
        return nearest;
    }

    /**
     * The producer presenting the product, as the subject of its clause: a group ("Guangxi companies"), a
     * company whose name begins with a place ("Chengdu Jinsha Tea"), or a person's company ("Chen's
     * company"), whose organisation's name begins with a place.
     */
    private static Optional<EntityRef> presenter(DocumentView view, Sentence s, int first, List<Fact> roles) {
        int verb = -1;
        for (int i = first - 1; i >= s.firstToken() && !view.f(i).equals(";"); i--) {
            if (PRESENTS.contains(view.f(i))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        Mention subject = null;
        for (Mention m : view.mentionsIn(s)) {
            if (m.endToken() <= verb && verb - m.endToken() <= 4 && !m.is(Mention.Type.TITLE)) {
                subject = m;
            }
        }
        if (subject == null) {
            return Optional.empty();
        }
        if (subject.is(Mention.Type.GROUP)) {
            return Optional.of(view.countryOf(subject));
        }
        if (subject.is(Mention.Type.PLACE)) {
            return subject.isCountry() ? Optional.empty() : Optional.of(view.ref(subject));
        }
        if (subject.is(Mention.Type.PERSON) && possessive(view, subject) && COMPANY_NOUNS.contains(view.f(subject.endToken() + 1))) {
            return organisationOf(view, subject, roles);
        }
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PLACE) && !m.isCountry() && m.endToken() == subject.firstToken()) {
                // "Chengdu | Jinsha Tea": the company's name begins with a place named on its own
                return Optional.of(view.ref(m));
            }
        }
        return leadingPlace(view, subject.firstToken());
    }

    /** The place the person's organisation is named after ("Guangzhou Nanfeng Foods"). */
    private static Optional<EntityRef> organisationOf(DocumentView view, Mention person, List<Fact> roles) {
        for (Fact f : roles) {
            Role r = (Role) f;
            if (r.person().name().equals(person.name()) && r.org().isPresent()) {
                Optional<EntityRef> place = leadingPlace(view, tokenAt(view, r.org().get().span().start()));
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    /** A non-country place the gazetteer finds at the start of a name. */
    private static Optional<EntityRef> leadingPlace(DocumentView view, int token) {
        if (token < 0) {
            return Optional.empty();
        }
        for (Lookup l : view.lookupsStartingIn(token, token + 1)) {
            if (l.place() != null && l.firstToken() == token && l.place().kind() != Place.Kind.COUNTRY) {
                Span span = new Span(view.token(l.firstToken()).start(), view.token(l.endToken() - 1).end());
                return Optional.of(new EntityRef(span.of(view.text), EntityType.PLACE, span));
            }
        }
        return Optional.empty();
    }

    private static int tokenAt(DocumentView view, int offset) {
        for (int i = 0; i < view.tokens.size(); i++) {
            if (view.token(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }
}
