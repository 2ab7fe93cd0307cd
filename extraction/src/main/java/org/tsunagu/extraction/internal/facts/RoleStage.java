package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Role;

/**
 * Persons with titles, in both orders and both name orders: "Deputy Mayor Heping Chen of
 * Chongqing City", "Governor of Japan's Tottori prefecture Hirai Kenji", "Zhou Mi, president of
 * the ...", "Busan Mayor Kang Tae-won", "director and secretary-general of ..." (one role per
 * title), and "his Japanese counterpart, Shinzo Abe" (the title of the person he is set against).
 */
public final class RoleStage extends FactStage {

    private static final Set<String> COORDINATORS = Words.of("and", "or");
    /** Lower-case words that may stand in the phrase of a title: "of the provincial Party Committee". */
    private static final Set<String> CLAUSE_PHRASE_WORDS = Words.of("of", "the", "'s", "for", "in", "at", "provincial",
            "municipal", "city", "prefectural", "district");

    private final TitleHolders holders;
    private final Portfolios portfolios;

    public RoleStage(Lexicon lexicon) {
        this.holders = new TitleHolders(lexicon.words("honorific"));
        this.portfolios = new Portfolios(lexicon.words("title-field"), lexicon.words("honorific"));
    }

    @Override
    public String name() {
        return "read-roles";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.ROLES;
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Sentence s : view.sentences) {
            List<Mention> mentions = view.mentionsIn(s);
            for (int k = 0; k < mentions.size(); k++) {
                Mention title = mentions.get(k);
                if (title.is(Mention.Type.TITLE) && !joinsTitleBefore(view, mentions, k)) {
                    readRole(view, s, mentions, k, roles);
                }
            }
            Counterparts.read(view, s, mentions, roles);
        }
        return new ArrayList<>(RoleRepeats.without(roles.values()));
    }

    private void readRole(DocumentView view, Sentence s, List<Mention> mentions, int k, Map<String, Role> roles) {
        Mention title = mentions.get(k);
        String titleName = title.title();
        int end = title.endToken();
        // "President and CEO", "director and secretary-general of": titles joined with nothing between hold one role
        for (Mention next = joinedTitle(view, mentions, end); next != null; next = joinedTitle(view, mentions, end)) {
            titleName = titleName + " and " + next.title();
            end = next.endToken();
        }
        int portfolioEnd = portfolios.end(view, s, end);
        if (portfolioEnd > end) {
            titleName = titleName + " " + view.text(end, portfolioEnd);
            end = portfolioEnd;
        }
        TitleHolders.Holder holder = null;
        if (view.f(title.firstToken() - 1).equals("and")) {
            Mention previous = personOfPreviousTitle(view, s, mentions, k);
            if (previous == null) {
                previous = personBeforeClause(view, s, mentions, title.firstToken() - 1);
            }
            holder = previous == null ? null : new TitleHolders.Holder(previous, TitleHolders.Side.BEFORE, end);
        }
        if (holder == null) {
            holder = holders.find(view, s, mentions, title.firstToken(), end);
        }
        if (holder == null) {
            return;
        }
        Mention person = holder.person();
        Optional<EntityRef> org;
        double confidence;
        if (holder.side() == TitleHolders.Side.AFTER) {
            confidence = 0.9;
            // "Japanese Consul General in Medan": the place after "in" is the post, the country before the sender
            org = view.f(end).equals("in") ? TitleOrganisation.orgBefore(view, s, mentions, title.firstToken()) : Optional.empty();
            if (org.isEmpty()) {
                org = TitleOrganisation.orgBetween(view, s, mentions, end, Math.min(holder.phraseEnd(), person.firstToken()));
            }
            if (org.isEmpty()) {
                org = TitleOrganisation.orgAfterPerson(view, s, mentions, person);
            }
            if (org.isEmpty()) {
                org = TitleOrganisation.orgBefore(view, s, mentions, title.firstToken());
                if (org.isPresent() && ownerAfterActing(view, mentions, title.firstToken())) {
                    titleName = "Acting " + titleName;
                }
            }
            if (org.isEmpty()) {
                org = TitleOrganisation.delegationOrigin(view, s, title.firstToken());
            }
        } else {
            confidence = 0.8;
            String demonymPlace = TitleOrganisation.demonymPlace(view, s, title.firstToken() - 1);
            org = possessiveOwner(view, s, mentions, title.firstToken());
            if (org.isEmpty()) {
                org = TitleOrganisation.orgPhrase(view, s, mentions, end);
            }
            if (org.isEmpty() && demonymPlace != null && title.firstToken() > s.firstToken()) {
                // "Name, Japanese Ambassador": the country of the demonym
                org = Optional.of(new EntityRef(demonymPlace, EntityType.PLACE, view.token(title.firstToken() - 1).span()));
                confidence = 0.85;
            }
            if (org.isEmpty()) {
                org = TitleOrganisation.orgAfterComma(view, s, mentions, end);
            }
        }
        String portfolio = portfolios.ministerPortfolio(titleName);
        int portfolioAt = portfolio == null ? -1 : view.text.indexOf(portfolio, view.token(title.firstToken()).start());
        if (org.isEmpty() && portfolioAt >= 0) {
            org = Optional.of(new EntityRef("Ministry of " + portfolio, EntityType.ORGANISATION,
                    new Span(portfolioAt, portfolioAt + portfolio.length())));
        }
        org = org.map(o -> asWritten(view, o));
        String key = person.name().toLowerCase(Locale.ROOT) + "|" + titleName.toLowerCase(Locale.ROOT);
        Role role = new Role(view.ref(person), titleName, org, view.evidence(s, title.firstToken(), end),
                person.endToken() - person.firstToken() == 1 ? confidence - 0.1 : confidence);
        Role old = roles.get(key);
        if (old == null || old.org().isEmpty() && org.isPresent()) {
            roles.put(key, role);
        }
    }

    /** "KOTRA", "BoI": an acronym as the text writes it beside the title, rather than its expansion. */
    private static EntityRef asWritten(DocumentView view, EntityRef org) {
        String written = org.span().of(view.text);
        int capitals = 0;
        for (int i = 0; i < written.length(); i++) {
            capitals += Character.isUpperCase(written.charAt(i)) ? 1 : 0;
        }
        boolean acronym = written.length() >= 2 && capitals >= 2 && written.indexOf(' ') < 0 && !written.equals(org.name());
        return acronym ? new EntityRef(written, org.type(), org.span()) : org;
    }

    /** The second title of "President and CEO", read with the first. */
    private static boolean joinsTitleBefore(DocumentView view, List<Mention> mentions, int k) {
        Mention title = mentions.get(k);
        return view.f(title.firstToken() - 1).equals("and") && titleEndingAt(mentions, title.firstToken() - 1) != null;
    }

    private static Mention joinedTitle(DocumentView view, List<Mention> mentions, int end) {
        return view.f(end).equals("and") ? titleAt(mentions, end + 1) : null;
    }

    private static Mention titleEndingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.is(Mention.Type.TITLE) && m.endToken() == end) {
                return m;
            }
        }
        return null;
    }

    /** "Acting Tainan Mayor Li": the title is acting, the place before it owns it. */
    private static boolean ownerAfterActing(DocumentView view, List<Mention> mentions, int titleStart) {
        for (Mention m : mentions) {
            if (m.endToken() == titleStart && m.isActor()) {
                return view.f(m.firstToken() - 1).equals("acting");
            }
        }
        return false;
    }

    private static Mention titleAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.is(Mention.Type.TITLE) && m.firstToken() == token) {
                return m;
            }
        }
        return null;
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

    /**
     * "Mr. Le Binh, Standing Member of the Party Committee and Vice Chairman of ...": the person set off by
     * the comma that opens the clause a title after "and" ends; only names and phrase words between.
     */
    private static Mention personBeforeClause(DocumentView view, Sentence s, List<Mention> mentions, int and) {
        for (int i = and - 1; i > s.firstToken() && i > and - 16; i--) {
            if (isAppositionMark(view, i)) {
                for (Mention m : mentions) {
                    if (m.is(Mention.Type.PERSON) && m.endToken() == i) {
                        return m;
                    }
                }
                return null;
            }
            if (!view.token(i).isCapitalized() && !CLAUSE_PHRASE_WORDS.contains(view.f(i))) {
                return null;
            }
        }
        return null;
    }

    static Mention personBefore(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
        int i = beforeAdjectives(view, s, titleStart);
        Mention owner = ownerEndingAt(view, mentions, i);
        if (owner != null) {
            i = owner.firstToken() - 1;
        } else if (view.f(i).equals("'s") && view.f(i - 2).equals("the") && !view.token(i - 1).isCapitalized()) {
            // "Sunil Rao, the bank's managing director": a body named by its common noun owns the title
            i -= 3;
        }
        boolean bracketed = view.f(i).equals("(") && view.token(titleStart).isCapitalized();
        if (i <= s.firstToken() || !isAppositionMark(view, i) && !bracketed) {
            // "Pham Duc (Director of the Can Tho Department of Trade)": a capitalised title glossed in brackets after
            // the name; "(head of delegation)" is the part one plays on a trip, no title
            return null;
        }
        for (Mention m : mentions) {
            if (m.is(Mention.Type.PERSON) && m.endToken() == i) {
                return m;
            }
        }
        return null;
    }

    /** "Name, Title" and "Mr. Name - Title": a comma, or a dash set apart by a space, not a hyphen inside a name. */
    private static boolean isAppositionMark(DocumentView view, int i) {
        String f = view.f(i);
        return f.equals(",") || (f.equals("-") || f.equals("\u2013") || f.equals("\u2014"))
                && view.token(i).start() > view.token(i - 1).end();
    }

    /**
     * The token before up to three lower-case words or demonyms ahead of a title ("former", "Japanese"); a coordinator
     * starts a phrase of its own ("Name, and the finance minister of X, Name2"), so the words stop there.
     */
    private static int beforeAdjectives(DocumentView view, Sentence s, int titleStart) {
        int i = titleStart - 1;
        int adjectives = 0;
        while (i > s.firstToken() && adjectives < 3 && view.token(i).isWord() && !COORDINATORS.contains(view.f(i))
                && (!view.token(i).isCapitalized() || TitleOrganisation.demonymPlace(view, s, i) != null)) {
            i--;
            adjectives++;
        }
        return i;
    }

    /** "Karnataka's" in "Name, Karnataka's Minister for ...": the place or organisation owning the title. */
    private static Mention ownerEndingAt(DocumentView view, List<Mention> mentions, int possessive) {
        if (!view.f(possessive).equals("'s")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.endToken() == possessive && m.isActor()) {
                return m;
            }
        }
        return null;
    }

    private static Optional<EntityRef> possessiveOwner(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
        Mention owner = ownerEndingAt(view, mentions, beforeAdjectives(view, s, titleStart));
        return owner == null ? Optional.empty() : Optional.of(view.ref(owner));
    }
}
