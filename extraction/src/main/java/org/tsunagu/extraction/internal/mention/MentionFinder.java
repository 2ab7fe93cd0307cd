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
import org.tsunagu.model.document.Span;

/**
 * Finds names by shape and context: runs of capitalised words ({@link NameRuns}) are classified
 * as organisations (ending in an organisation word, a company word, or an acronym), places (the
 * gazetteer, or a name followed by "City", "Prefecture", "province"), persons (next to a title,
 * after "Mr."/"Dr.", before ", president of"), or left as other names. Titles and groups
 * ("Japanese firms") come from the lexicon. No list of organisation or person names is used.
 */
public final class MentionFinder implements Stage<Mention> {

    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "prof", "madam");
    private static final Set<String> GROUP_NOUNS = Set.of("firms", "companies", "investors", "businesses",
            "enterprises", "manufacturers", "corporations", "groups", "exporters", "importers", "fdi", "locators",
            "investment", "investments", "capital", "funds", "automakers", "makers");

    private static final Set<String> LOWER_GOVERNMENT = Set.of("government", "authorities", "administration");

    private final Lexicon lexicon;
    private final NameRuns runs;

    private final Set<String> businessHead;
    private final Set<String> companyDescriptor;
    private final Set<String> companyFollower;
    private final Set<String> notOrganisationAcronym;
    private final Set<String> organisationHead;
    private final Set<String> placeSuffix;
    private final Set<String> venueHead;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.businessHead = lexicon.words("business-head");
        this.companyDescriptor = lexicon.words("company-descriptor");
        this.companyFollower = lexicon.words("company-follower");
        this.notOrganisationAcronym = lexicon.words("not-organisation-acronym");
        this.organisationHead = lexicon.words("organisation-head");
        this.placeSuffix = lexicon.words("place-suffix");
        this.venueHead = lexicon.words("venue-head");
        this.runs = new NameRuns(lexicon);
    }

    @Override
    public String name() {
        return "find-mentions";
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
            for (NameRuns.Run run : runs.find(tokens, s, inTitle, placeAt)) {
                Mention m = classify(text, tokens, run, placeAt, titleAt, inTitle, s);
                if (m != null) {
                    mentions.add(m);
                    String acronym = definedAcronym(tokens, m, s);
                    if (acronym != null && m.is(Mention.Type.ORGANISATION)) {
                        acronyms.put(acronym, m.name());
                    }
                }
            }
            for (Mention m : new ArrayList<>(mentions)) {
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
        return Persons.complete(text, tokens, sameNameSameType(expandAcronyms(mentions, acronyms, tokens)));
    }

    private Mention classify(String text, List<Token> tokens, NameRuns.Run run, Map<Integer, Lookup> placeAt,
            Map<Integer, Lookup> titleAt, boolean[] inTitle, Sentence s) {
        int first = run.first();
        int end = run.end();
        String name = singleSpaced(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()));
        Span span = span(tokens, first, end);
        Token last = tokens.get(end - 1);
        boolean orgHead = false;
        boolean business = false;
        boolean venue = false;
        for (int i = first; i < end; i++) {
            String f = tokens.get(i).folded();
            orgHead |= tokens.get(i).isCapitalized() && organisationHead.contains(f);
            business |= businessHead.contains(f);
        }
        venue = venueHead.contains(last.folded());
        Lookup place = placeAt.get(first);
        int placeEnd = place == null ? -1 : place.endToken();
        int suffixEnd = placeEnd;
        while (suffixEnd > 0 && suffixEnd < end && placeSuffix.contains(tokens.get(suffixEnd).folded())
                || suffixEnd > 0 && suffixEnd < end && tokens.get(suffixEnd).is("metropolitan")) {
            suffixEnd++;
        }
        if (LOWER_GOVERNMENT.contains(last.folded()) && !last.isCapitalized()) {
            return new Mention(first, end, span, Mention.Type.ORGANISATION, name, place == null ? null : place.place(), null);
        }
        boolean personContext = isPersonContext(tokens, first, end, titleAt, inTitle, s);
        if (place != null && suffixEnd == end && place.place().kind() == Place.Kind.CITY && personContext
                && first > s.firstToken() && (inTitle[first - 1] || HONORIFICS.contains(tokens.get(first - 1).folded())
                || tokens.get(first - 1).text().equals("."))) {
            return new Mention(first, end, span, Mention.Type.PERSON, name, null, null);
        }
        if (place != null && suffixEnd == end) {
            return new Mention(first, end, span, Mention.Type.PLACE, name, place.place(), null);
        }
        if (orgHead || business || venue && !isPersonContext(tokens, first, end, titleAt, inTitle, s)) {
            return new Mention(first, end, span, venue && !orgHead ? Mention.Type.OTHER : Mention.Type.ORGANISATION,
                    name, place == null ? null : place.place(), null);
        }
        if (tokens.get(first).isAcronym() && end - first >= 2 && isPersonShape(tokens, first, end) && personContext) {
            return new Mention(first, end, span, Mention.Type.PERSON, name, null, null);
        }
        boolean familyNameFirst = end - first >= 2 && end - first <= 3 && hasMixedCaseWord(tokens, first, end)
                && isPersonShape(tokens, first, end) && !placeAfter(placeAt, first + 1, end);
        if (tokens.get(first).isAcronym() && !notOrganisationAcronym.contains(tokens.get(first).folded()) && !familyNameFirst) {
            return new Mention(first, end, span, Mention.Type.ORGANISATION, name, null, null);
        }
        if (end - first >= 2 && placeSuffix.contains(last.folded()) && last.isCapitalized()) {
            boolean region = Set.of("province", "prefecture", "state", "region", "county").contains(last.folded());
            return new Mention(first, end, span, Mention.Type.PLACE, name,
                    new Place(name, region ? Place.Kind.REGION : Place.Kind.CITY, null), null);
        }
        if (end - first >= 2 && last.folded().equals("city") || end - first >= 2 && last.folded().equals("province")
                || end - first >= 2 && last.folded().equals("prefecture")) {
            return new Mention(first, end, span, Mention.Type.PLACE, name, new Place(name, Place.Kind.CITY, null), null);
        }
        if (isPersonShape(tokens, first, end) && isPersonContext(tokens, first, end, titleAt, inTitle, s)) {
            return new Mention(first, end, span, Mention.Type.PERSON, name, null, null);
        }
        if (companyContext(tokens, first, end, s)) {
            return new Mention(first, end, span, Mention.Type.ORGANISATION, name, null, null);
        }
        return new Mention(first, end, span, Mention.Type.OTHER, name, place == null ? null : place.place(), null);
    }

    private static String singleSpaced(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\t' || c == ' ' && i + 1 < name.length() && name.charAt(i + 1) == ' ') {
                return name.replaceAll("\\s+", " ");
            }
        }
        return name;
    }

    static boolean isPersonShape(List<Token> tokens, int first, int end) {
        int words = 0;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                if (!t.isCapitalized() && !(i > first && tokens.get(i - 1).text().equals("-"))) {
                    return false;
                }
                if (t.isAcronym() && t.text().length() > 2 && !hasMixedCaseWord(tokens, first, end)) {
                    return false;
                }
                words++;
            } else if (!t.text().equals("-") && !t.text().equals(".")) {
                return false;
            }
        }
        return words >= 1 && words <= 5;
    }

    private static boolean placeAfter(Map<Integer, Lookup> placeAt, int from, int end) {
        for (int i = from; i < end; i++) {
            if (placeAt.containsKey(i)) {
                return true;
            }
        }
        return false;
    }

    /** "KUROSAWA Tadahiko": press releases capitalise the family name; a mixed-case word beside it shows a person. */
    static boolean hasMixedCaseWord(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.isCapitalized() && !t.isAcronym() && t.text().length() > 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isPersonContext(List<Token> tokens, int first, int end, Map<Integer, Lookup> titleAt,
            boolean[] inTitle, Sentence s) {
        if (first > s.firstToken() && inTitle[first - 1] && (tokens.get(first - 1).isCapitalized() || end - first >= 2)) {
            return true;
        }
        if (first - 2 >= s.firstToken() && tokens.get(first - 1).text().equals(".")
                && HONORIFICS.contains(tokens.get(first - 2).folded())) {
            return true;
        }
        if (first > s.firstToken() && HONORIFICS.contains(tokens.get(first - 1).folded())) {
            return true;
        }
        if (end + 1 < s.endToken() && tokens.get(end).text().equals(",")) {
            int next = end + 1;
            if (titleAt.containsKey(next)) {
                return true;
            }
            // "Name, deputy chief representative of": a title after an adjective or two
            for (int k = next; k < Math.min(next + 3, s.endToken()); k++) {
                if (titleAt.containsKey(k) && !tokens.get(k).isCapitalized()) {
                    return true;
                }
            }
        }
        if (first >= s.firstToken() + 2 && tokens.get(first - 1).text().equals(",")
                && (tokens.get(first - 2).is("counterpart") || inTitle[first - 2])) {
            return true;
        }
        // "Governor of Japan's Gunma prefecture Yamamoto Ichita": a title's of-phrase ends in a place or organisation
        return false;
    }

    private boolean companyContext(List<Token> tokens, int first, int end, Sentence s) {
        if (end - first == 1 && notOrganisationAcronym.contains(tokens.get(first).folded())) {
            return false;
        }
        if (first > s.firstToken() && companyDescriptor.contains(tokens.get(first - 1).folded())
                && !tokens.get(first - 1).isCapitalized()) {
            return true;
        }
        int next = end;
        if (next < s.endToken() && tokens.get(next).text().equals("'s")) {
            next++;
        }
        while (next < s.endToken() && next < end + 3 && !tokens.get(next).isCapitalized() && tokens.get(next).isWord()) {
            if (companyFollower.contains(tokens.get(next).folded())) {
                return true;
            }
            next++;
        }
        return false;
    }

    private String definedAcronym(List<Token> tokens, Mention m, Sentence s) {
        int i = m.endToken();
        if (i + 2 < s.endToken() && tokens.get(i).text().equals("(") && tokens.get(i + 1).isAcronym()
                && tokens.get(i + 2).text().equals(")")) {
            return tokens.get(i + 1).text();
        }
        if (i + 3 < s.endToken() && tokens.get(i).text().equals("(") && tokens.get(i + 1).isAcronym()
                && tokens.get(i + 2).isCapitalized() && tokens.get(i + 3).text().equals(")")) {
            return tokens.get(i + 1).text();
        }
        return null;
    }

    private static List<Mention> expandAcronyms(List<Mention> mentions, Map<String, String> acronyms, List<Token> tokens) {
        if (acronyms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String full = acronyms.get(tokens.get(m.firstToken()).text());
            if (full != null && m.endToken() - m.firstToken() > 1 && !(m.endToken() - m.firstToken() == 2
                    && m.endToken() < tokens.size() && tokens.get(m.endToken()).text().equals(")"))) {
                full = null;
            }
            boolean definition = full != null && m.firstToken() > 0 && tokens.get(m.firstToken() - 1).text().equals("(");
            if (definition) {
                continue;
            }
            out.add(full == null ? m : m.withType(Mention.Type.ORGANISATION, full));
        }
        return out;
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

    static Span span(List<Token> tokens, int first, int end) {
        return new Span(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /** The place a demonym names, for rules that read "Japanese firms" as Japan. */
    public Place demonym(String folded) {
        return lexicon.demonym(folded);
    }
}
