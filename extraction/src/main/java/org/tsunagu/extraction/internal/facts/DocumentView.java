package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.mention.ShortReference;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.structure.Modality;
import org.tsunagu.extraction.internal.structure.SentenceStructure;
import org.tsunagu.extraction.internal.structure.Statements;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.extraction.internal.time.DocumentDate;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.time.PartialDate;

/**
 * Read-only access to one annotated document for the fact rules: the layers sorted by sentence,
 * actors (places, organisations, groups and resolved references) in text order, the story's
 * current date before each sentence, and evidence and entity references built from spans.
 */
final class DocumentView {

    /** A place, organisation or group in a sentence, reached directly or through a short reference. */
    record Actor(int firstToken, int endToken, Mention mention, EntityRef ref, boolean viaReference) {
        boolean isCountry() {
            return mention.isCountry();
        }
    }

    final AnnotatedDocument doc;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final Optional<PartialDate> documentDate;
    private final Optional<Span> dateline;
    private final BySentence<Mention> mentions;
    private final BySentence<ShortReference> references;
    private final BySentence<DateMention> dates;
    private final BySentence<MoneyMention> money;
    private final PartialDate[] storyDate;

    DocumentView(AnnotatedDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        this.tokens = doc.get(Layers.TOKENS);
        this.sentences = doc.get(Layers.SENTENCES);
        DocumentDate d = doc.single(Layers.DOCUMENT_DATE);
        this.documentDate = d.date();
        this.dateline = d.dateline();
        int[] sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        mentions = BySentence.of(doc.get(Layers.MENTIONS), sentenceOf, Mention::firstToken, m -> true,
                Comparator.comparingInt(Mention::firstToken));
        references = BySentence.of(doc.get(Layers.REFERENCES), sentenceOf, ShortReference::firstToken, r -> true, null);
        dates = BySentence.of(doc.get(Layers.DATES), sentenceOf, DateMention::firstToken,
                m -> !dateline.map(l -> l.overlaps(m.span())).orElse(false), null);
        money = BySentence.of(doc.get(Layers.MONEY), sentenceOf, MoneyMention::firstToken, m -> true, null);
        storyDate = new PartialDate[sentences.size()];
        PartialDate story = null;
        for (Sentence s : sentences) {
            storyDate[s.index()] = story;
            for (DateMention m : datesIn(s)) {
                if (m.resolved() && m.date().hasDay() && m.role() == DateMention.Role.AT && near(m.date())) {
                    story = m.date();
                    break;
                }
            }
        }
    }

    private boolean near(PartialDate date) {
        return documentDate.map(d -> Math.abs(d.firstDay().toEpochDay() - date.firstDay().toEpochDay()) < 400).orElse(true);
    }

    /** A day after the article's own date: something scheduled, not yet done. */
    boolean isAhead(PartialDate date) {
        return date != null && date.hasDay() && documentDate.map(d -> d.hasDay() && date.firstDay().isAfter(d.firstDay()))
                .orElse(false);
    }

    private Optional<PartialDate> latestDate;

    /** The latest date the article gives, or null; found once per document, as every undated occasion asks. */
    PartialDate latestDate() {
        if (latestDate == null) {
            PartialDate latest = null;
            for (Sentence s : sentences) {
                for (DateMention d : datesIn(s)) {
                    if (d.resolved() && (latest == null || d.date().compareTo(latest) > 0)) {
                        latest = d.date();
                    }
                }
            }
            latestDate = Optional.ofNullable(latest);
        }
        return latestDate.orElse(null);
    }

    private final Map<Integer, List<AgreementReader.Candidate>> agreements = new HashMap<>();

    /** The signings of a sentence, read once per document however many readers ask. */
    List<AgreementReader.Candidate> agreementsIn(Sentence s) {
        return agreements.computeIfAbsent(s.index(), k -> AgreementReader.read(this, s));
    }

    private final Map<Integer, SentenceStructure> structures = new HashMap<>();

    /** The verb groups and name lists of a sentence, read once however many readers ask. */
    SentenceStructure structure(Sentence s) {
        return structures.computeIfAbsent(s.index(), k -> SentenceStructure.read(tokens, s, mentionsIn(s)));
    }

    /** Whether what token {@code trigger} states or names is fact, only wanted or planned, or denied or undone. */
    Modality modalityOf(Sentence s, int trigger) {
        return Statements.of(tokens, structure(s), trigger);
    }

    /** The first mention of the sentence that ends right before token {@code end} and is of the kind asked for. */
    Mention mentionEndingAt(Sentence s, int end, Predicate<Mention> kind) {
        for (Mention m : mentionsIn(s)) {
            if (m.endToken() == end && kind.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** The first line of an article when it carries no full stop: a headline. */
    boolean isHeadline(Sentence s) {
        if (s.index() != 0 || sentences.size() < 2) {
            return false;
        }
        String line = s.span().of(text).strip();
        return !line.endsWith(".") && text.indexOf('\n', s.span().start()) == s.span().end();
    }

    boolean holdsDateline(Sentence s) {
        return dateline.map(l -> s.span().contains(l)).orElse(false);
    }

    boolean inDateline(Mention m) {
        return dateline.map(l -> l.overlaps(m.span())).orElse(false);
    }

    String name() {
        return doc.document().name();
    }

    private Optional<EntityRef> datelinePlace;

    /** The place a dateline names ("SURABAYA, 15 October 2024 -"): where the story happens unless it says otherwise. */
    Optional<EntityRef> datelinePlace() {
        if (datelinePlace == null) {
            datelinePlace = Optional.empty();
            for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
                for (Mention m : mentionsIn(s)) {
                    if (m.is(Mention.Type.PLACE) && inDateline(m) && datelinePlace.isEmpty()) {
                        datelinePlace = Optional.of(ref(m));
                    }
                }
            }
        }
        return datelinePlace;
    }

    List<Mention> mentionsIn(Sentence s) {
        return mentions.in(s);
    }

    List<ShortReference> referencesIn(Sentence s) {
        return references.in(s);
    }

    List<DateMention> datesIn(Sentence s) {
        return dates.in(s);
    }

    List<MoneyMention> moneyIn(Sentence s) {
        return money.in(s);
    }

    /** The last day-precision date the story reached before this sentence, if any. */
    PartialDate storyDateBefore(Sentence s) {
        return storyDate[s.index()];
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The folded word at a token index, or "" outside the text, so that look-behinds need no bounds checks. */
    String f(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }

    /** The text from token {@code firstToken} to the end of token {@code endToken - 1}. */
    String text(int firstToken, int endToken) {
        return text.substring(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }

    Evidence evidence(Sentence s, int firstToken, int endToken) {
        Span trigger = new Span(tokens.get(firstToken).start(), tokens.get(Math.max(firstToken, endToken - 1)).end());
        return new Evidence(name(), s.index(), s.span(), trigger);
    }

    EntityRef ref(Mention m) {
        return new EntityRef(m.name(), entityType(m), m.span());
    }

    static EntityType entityType(Mention m) {
        return switch (m.type()) {
            case PLACE -> EntityType.PLACE;
            case PERSON -> EntityType.PERSON;
            case GROUP -> EntityType.GROUP;
            default -> EntityType.ORGANISATION;
        };
    }

    /** A group mention ("Japanese firms") stands for its country in investment facts. */
    EntityRef countryOf(Mention group) {
        return new EntityRef(group.place().name(), EntityType.PLACE, group.span());
    }

    /** Places, organisations, groups and resolved references in [from, to) of a sentence, in order. */
    List<Actor> actors(Sentence s, int from, int to) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : mentionsIn(s)) {
            if (m.isActor() && !isGenericBody(m) && m.firstToken() >= from && m.endToken() <= to && !Apposition.holds(this, s, m)
                    && !dateline.map(l -> l.overlaps(m.span())).orElse(false)) {
                out.add(new Actor(m.firstToken(), m.endToken(), m, ref(m), false));
            }
        }
        for (ShortReference r : referencesIn(s)) {
            if (r.firstToken() >= from && r.endToken() <= to) {
                for (Mention m : r.referents()) {
                    if (m.isActor()) {
                        out.add(new Actor(r.firstToken(), r.endToken(), m,
                                new EntityRef(m.name(), entityType(m), r.span()), true));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Actor::firstToken));
        return out;
    }

    /** "the municipal People's Committee" names no body of its own until its place is known. */
    static boolean isGenericBody(Mention m) {
        String n = m.name().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return n.equals("people's committee") || n.equals("party committee") || n.equals("people's council")
                || n.equals("standing committee") || n.equals("city hall");
    }

    private final Map<Integer, List<Actor>> sentenceActors = new HashMap<>();

    /** All actors of a sentence; several readers ask for them, so they are found once. */
    List<Actor> actors(Sentence s) {
        return sentenceActors.computeIfAbsent(s.index(), k -> List.copyOf(actors(s, s.firstToken(), s.endToken())));
    }

    int find(Sentence s, int from, Set<String> words) {
        for (int i = Math.max(from, s.firstToken()); i < s.endToken(); i++) {
            if (words.contains(f(i))) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(Sentence s, Set<String> words) {
        return find(s, s.firstToken(), words) >= 0;
    }

    /**
     * The nearest date of the sentence to a token, ignoring "since" and "until" dates; a date only in words ("on
     * Tuesday" in an undated story) only when the sentence has no resolved one.
     */
    DateMention nearestDate(Sentence s, int token) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean anyResolved = datesIn(s).stream().anyMatch(d -> d.role() == DateMention.Role.AT && d.resolved());
        for (DateMention d : datesIn(s)) {
            if (d.role() != DateMention.Role.AT || d.text().equalsIgnoreCase("currently") || anyResolved && !d.resolved()) {
                continue;
            }
            if (d.resolved() && !near(d.date()) && datesIn(s).stream().anyMatch(o -> o.resolved() && near(o.date()))) {
                continue;
            }
            int distance = d.firstToken() >= token ? d.firstToken() - token : token - d.endToken() + 1;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private List<Mention> salient;

    /** See {@link SalientPlaces}: found once per document. */
    List<Mention> salientPlaces() {
        if (salient == null) {
            salient = SalientPlaces.of(mentions.groups(), dateline);
        }
        return salient;
    }

    /**
     * The gazetteer's lookups that start at a token from {@code from} to before {@code end}, in text order. Rules
     * ask for the few lookups at hand: reading every lookup of the document for each made long documents quadratic.
     */
    List<Lookup> lookupsStartingIn(int from, int end) {
        List<Lookup> lookups = doc.get(Layers.LOOKUPS);
        return lookups.subList(firstLookupFrom(lookups, from), firstLookupFrom(lookups, Math.max(from, end)));
    }

    /** The index of the first lookup starting at or after the token; the layer is sorted by first token. */
    private static int firstLookupFrom(List<Lookup> lookups, int token) {
        int lo = 0;
        int hi = lookups.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lookups.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Set<String> organisationNames;

    /** Every organisation's name in lower case, each once; gathered once per document however many rules ask. */
    Set<String> organisationNames() {
        if (organisationNames == null) {
            organisationNames = new HashSet<>();
            for (List<Mention> group : mentions.groups()) {
                for (Mention m : group) {
                    if (m.is(Mention.Type.ORGANISATION)) {
                        organisationNames.add(m.name().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return organisationNames;
    }


}
