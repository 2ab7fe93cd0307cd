package org.tsunagu.extraction.internal.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;

/**
 * Finds names by shape and context: runs of capitalised words ({@link NameRuns}) classified as
 * organisations, places, persons or other names ({@link NameClassifier}), acronyms defined in
 * brackets ({@link Acronyms}), and persons completed once all names are known ({@link Persons}).
 * Titles and groups ("Japanese firms") come from the lexicon. No list of organisation or person
 * names is used.
 */
public final class MentionFinder implements Stage<Mention> {

    private static final Set<String> GROUP_NOUNS = Words.of("firms", "companies", "investors", "businesses",
            "enterprises", "manufacturers", "corporations", "groups", "exporters", "importers", "fdi", "locators",
            "investment", "investments", "capital", "funds", "automakers", "makers");

    private final NameRuns runs;
    private final NameClassifier classifier;
    private final Set<String> titleField;
    private final Set<String> venueHead;
    private final Set<String> venueLead;
    private final Set<String> businessHead;

    public MentionFinder(Lexicon lexicon) {
        this.runs = new NameRuns(lexicon);
        this.classifier = new NameClassifier(lexicon);
        this.titleField = lexicon.words("title-field");
        this.venueHead = lexicon.words("venue-head");
        this.venueLead = lexicon.words("venue-lead");
        this.businessHead = lexicon.words("business-head");
    }

    @Override
    public String name() {
        return "find-mentions";
    }

    private boolean startsCompanyName(List<Token> tokens, Lookup title) {
        int next = title.endToken();
        return next < tokens.size() && tokens.get(next).isCapitalized() && businessHead.contains(tokens.get(next).folded());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.LOOKUPS);
    }

    @Override
    public Layer<Mention> produces() {
        return Layers.MENTIONS;
    }

    @Override
    public List<Mention> annotate(AnnotatedDocument document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Lookup> lookups = document.get(Layers.LOOKUPS);
        Map<Integer, Lookup> titleAt = new HashMap<>();
        Map<Integer, Lookup> placeAt = new HashMap<>();
        Map<Integer, Lookup> demonymAt = new HashMap<>();
        for (Lookup l : lookups) {
            switch (l.category()) {
                case TITLE -> titleAt.put(l.firstToken(), l);
                case PLACE -> placeAt.put(l.firstToken(), l);
                case DEMONYM -> demonymAt.put(l.firstToken(), l);
                default -> { }
            }
        }
        for (Lookup l : List.copyOf(titleAt.values())) {
            if (startsCompanyName(tokens, l)) {
                // "Premier Energy", "President Foods": a title word that begins a company's name
                titleAt.remove(l.firstToken());
                continue;
            }
            Lookup widened = TitleFields.widen(text, tokens, l, placeAt, titleField);
            if (widened != l) {
                titleAt.remove(l.firstToken());
                titleAt.put(widened.firstToken(), widened);
            }
        }
        boolean[] inTitle = new boolean[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        for (Lookup l : titleAt.values()) {
            for (int i = l.firstToken(); i < l.endToken(); i++) {
                inTitle[i] = true;
            }
            mentions.add(new Mention(l.firstToken(), l.endToken(), span(tokens, l.firstToken(), l.endToken()),
                    Mention.Type.TITLE, text.substring(tokens.get(l.firstToken()).start(), tokens.get(l.endToken() - 1).end()),
                    null, l.title()));
        }
        Map<String, String> acronyms = new HashMap<>();
        for (Sentence s : document.get(Layers.SENTENCES)) {
            int sentenceNames = mentions.size();
            for (NameRuns.Run run : runs.find(tokens, s, inTitle, placeAt)) {
                if (run.end() - run.first() == 1 && demonymAt.containsKey(run.first())) {
                    // "the Indian state of Kerala": a nationality adjective alone names no one
                    continue;
                }
                Mention m = classifier.classify(text, tokens, run, placeAt, titleAt, inTitle, s);
                if (m != null) {
                    mentions.add(m);
                    String acronym = Acronyms.definedAt(tokens, m, s);
                    if (acronym != null && m.is(Mention.Type.ORGANISATION)) {
                        acronyms.put(acronym, m.name());
                    }
                }
            }
            // Only this sentence's names: rereading every earlier mention made the stage quadratic in the document.
            for (Mention m : List.copyOf(mentions.subList(sentenceNames, mentions.size()))) {
                int next = m.endToken();
                if (m.is(Mention.Type.PLACE) && s.containsToken(m.firstToken()) && next < s.endToken()
                        && GROUP_NOUNS.contains(tokens.get(next).text()) && m.place() != null) {
                    mentions.add(new Mention(m.firstToken(), next + 1, span(tokens, m.firstToken(), next + 1),
                            Mention.Type.GROUP, text.substring(tokens.get(m.firstToken()).start(), tokens.get(next).end()),
                            new Place(m.name(), m.place().kind(), m.place().country()), null));
                }
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Lookup d = demonymAt.get(i);
                if (d != null && i + 1 < s.endToken() && GROUP_NOUNS.contains(tokens.get(i + 1).text())) {
                    mentions.add(new Mention(i, i + 2, span(tokens, i, i + 2), Mention.Type.GROUP,
                            text.substring(tokens.get(i).start(), tokens.get(i + 1).end()), d.place(), null));
                }
            }
        }
        return noVenuePersons(tokens,
                Persons.complete(text, tokens, sameNameSamePlace(sameNameSameType(Acronyms.expand(mentions, acronyms, tokens)))));
    }

    /** "Harbour Fresh's flagship supermarket" makes every other "Harbour Fresh" an organisation. */
    private static List<Mention> sameNameSameType(List<Mention> mentions) {
        Map<String, Mention.Type> known = new HashMap<>();
        for (Mention m : mentions) {
            if (m.is(Mention.Type.ORGANISATION)) {
                known.put(m.name(), m.type());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.is(Mention.Type.OTHER) && known.containsKey(m.name()) ? m.withType(known.get(m.name()), m.name()) : m);
        }
        return out;
    }

    /** "the Free State of Saxony" makes every other "Saxony" that place, though the gazetteer does not know it. */
    private static List<Mention> sameNameSamePlace(List<Mention> mentions) {
        Map<String, Mention> byOwnName = new HashMap<>();
        for (Mention m : mentions) {
            int of = m.name().indexOf(" of ");
            if (m.is(Mention.Type.PLACE) && of > 0) {
                byOwnName.putIfAbsent(m.name().substring(of + 4), m);
            }
        }
        if (byOwnName.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention whole = m.is(Mention.Type.OTHER) ? byOwnName.get(m.name()) : null;
            out.add(whole == null ? m : new Mention(m.firstToken(), m.endToken(), m.span(), Mention.Type.PLACE, m.name(),
                    whole.place(), null));
        }
        return out;
    }

    static Span span(List<Token> tokens, int first, int end) {
        return new Span(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /**
     * "at City Hall" after a person's name and title, "at Balai Kota": a building or venue is never a person,
     * nor is a name right after "at", where a venue stands.
     */
    private List<Mention> noVenuePersons(List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int first = m.firstToken();
            boolean venue = m.is(Mention.Type.PERSON) && (venueHead.contains(tokens.get(m.endToken() - 1).folded())
                    || venueLead.contains(tokens.get(first).folded()) || first > 0 && tokens.get(first - 1).text().equals("at"));
            out.add(venue ? new Mention(m.firstToken(), m.endToken(), m.span(), Mention.Type.OTHER, m.name(), null, null) : m);
        }
        return out;
    }
}
