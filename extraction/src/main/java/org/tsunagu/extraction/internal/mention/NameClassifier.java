package org.tsunagu.extraction.internal.mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;

/**
 * Says what a run of capitalised words names, by its shape and context: an organisation (an
 * organisation, company or venue word in it, an acronym, "government" after it), a place (the
 * gazetteer, or a name ending in "City", "Prefecture", "province"), a person (next to a title,
 * after "Mr."/"Dr.", before ", president of", a family name in capitals), or another name.
 */
final class NameClassifier {

    /** "the Maule region of Chile", "the Hebei province": lower-case words after a name that make it a region. */
    private static final Set<String> LOWER_REGION_WORDS = Words.of("region", "province", "prefecture");
    private static final Set<String> LOWER_CITY_WORDS = Words.of("city", "town", "capital", "municipality");
    private static final Set<String> CITY_BODY_WORDS = Words.of("hall", "government", "council");
    private static final Set<String> REGION_SUFFIXES = Words.of("province", "prefecture", "state", "region", "county");
    private static final Set<String> LOWER_GOVERNMENT = Words.of("government", "authorities", "administration");
    private static final Set<String> CITY_WORDS = Words.of("city", "municipality", "district", "ward", "town");
    private static final Set<String> OWNED_BODIES = Words.of("company", "firm");
    private static final Set<String> EVENT_WORDS = Words.of("fair", "festival", "expo", "week", "show", "exhibition",
            "conference", "seminar", "symposium", "workshop", "games", "championship", "contest", "competition", "carnival");
    private static final Set<String> DASHES = Words.of("-", "\u2013", "\u2014");
    /** Words after a name that begin a clause of its own ("Lei said his company ..."), not a company noun phrase. */
    private static final Set<String> CLAUSE_WORDS = Words.of("said", "says", "told", "his", "her", "its", "their", "and");
    /** Lower-case words that put a lone name where a place stands ("a hotel in Hakone", "tea from Uji"). */
    private static final Set<String> LOCATION_WORDS = Words.of("in", "from", "near");
    /** At most this many words from a line's start to its colon make a field label ("Date of notice:"). */
    private static final int LABEL_WORDS = 4;

    private final Set<String> businessHead;
    private final Set<String> companyDescriptor;
    private final Set<String> companyFollower;
    private final Set<String> honorific;
    private final Set<String> notOrganisationAcronym;
    private final Set<String> organisationHead;
    private final Set<String> placeSuffix;
    private final Set<String> titleField;
    private final Set<String> venueHead;
    private final Set<String> venueLead;

    NameClassifier(Lexicon lexicon) {
        this.businessHead = lexicon.words("business-head");
        this.companyDescriptor = lexicon.words("company-descriptor");
        this.companyFollower = lexicon.words("company-follower");
        this.honorific = lexicon.words("honorific");
        this.notOrganisationAcronym = lexicon.words("not-organisation-acronym");
        this.organisationHead = lexicon.words("organisation-head");
        this.placeSuffix = lexicon.words("place-suffix");
        this.titleField = lexicon.words("title-field");
        this.venueHead = lexicon.words("venue-head");
        this.venueLead = lexicon.words("venue-lead");
    }

    /**
     * What the run names, or null for no name: a bare generic word ("Chamber president", "at the Capitol",
     * "Mr.", "Hall B") refers to a body or place the reader knows without naming it, unless it completes a
     * title's portfolio or a list ("Minister of Investment", "Commerce, Industry and Labor").
     */
    Mention classify(String text, List<Token> tokens, NameRuns.Run run, Map<Integer, Lookup> placeAt,
            Map<Integer, Lookup> titleAt, boolean[] inTitle, Sentence s) {
        if (isGeneric(tokens, run, placeAt) && !continuesPhrase(tokens, run.first(), s)
                || isFieldLabel(text, tokens, run, placeAt)) {
            return null;
        }
        return classifyShape(text, tokens, run, placeAt, titleAt, inTitle, s);
    }

    /** One generic word, with at most a letter or number after it ("Hall B", "District 1"). */
    private boolean isGeneric(List<Token> tokens, NameRuns.Run run, Map<Integer, Lookup> placeAt) {
        for (int i = run.first() + 1; i < run.end(); i++) {
            if (!tokens.get(i).isNumber() && tokens.get(i).text().length() != 1) {
                return false;
            }
        }
        return isGenericWord(tokens.get(run.first())) && !placeAt.containsKey(run.first());
    }

    /**
     * "Date of notice: 2025.11.03", "Venue: ...", "Time: 14:00" at the start of a line: a notice's field label,
     * which names nothing even when a place shares its word. A place alone before a colon and a name
     * ("Penang: The state ...") is a dateline and stays a place.
     */
    private static boolean isFieldLabel(String text, List<Token> tokens, NameRuns.Run run, Map<Integer, Lookup> placeAt) {
        if (!startsLine(text, tokens.get(run.first()).start())) {
            return false;
        }
        int colon = run.end();
        while (colon < tokens.size() && colon < run.first() + LABEL_WORDS && tokens.get(colon).isWord()
                && !tokens.get(colon).isCapitalized() && !startsLine(text, tokens.get(colon).start())) {
            colon++;
        }
        if (colon >= tokens.size() || !tokens.get(colon).text().equals(":")) {
            return false;
        }
        boolean valueIsNumber = colon + 1 < tokens.size() && tokens.get(colon + 1).isNumber();
        return colon > run.end() || valueIsNumber || !placeAt.containsKey(run.first());
    }

    private static boolean startsLine(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean continuesPhrase(List<Token> tokens, int first, Sentence s) {
        if (first <= s.firstToken()) {
            return false;
        }
        Token before = tokens.get(first - 1);
        return before.is("of") || before.is("and") || before.is("&") || before.text().equals(",");
    }

    /** A common noun of bodies, places, venues and fields, or a title of address: no name on its own. */
    private boolean isGenericWord(Token t) {
        String f = t.folded();
        return t.isWord() && !t.isAcronym() && (organisationHead.contains(f) || venueHead.contains(f)
                || placeSuffix.contains(f) || businessHead.contains(f) || honorific.contains(f) || titleField.contains(f));
    }

    private Mention classifyShape(String text, List<Token> tokens, NameRuns.Run run, Map<Integer, Lookup> placeAt,
            Map<Integer, Lookup> titleAt, boolean[] inTitle, Sentence s) {
        int first = run.first();
        int end = run.end();
        String name = singleSpaced(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()));
        Span span = MentionFinder.span(tokens, first, end);
        Token last = tokens.get(end - 1);
        boolean orgHead = false;
        boolean business = false;
        boolean venue = false;
        for (int i = first; i < end; i++) {
            String f = tokens.get(i).folded();
            orgHead |= tokens.get(i).isCapitalized() && organisationHead.contains(f);
            business |= businessHead.contains(f);
        }
        venue = venueHead.contains(last.folded()) || end - first >= 2 && venueLead.contains(tokens.get(first).folded());
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
                && first > s.firstToken() && (inTitle[first - 1] || honorific.contains(tokens.get(first - 1).folded())
                || tokens.get(first - 1).text().equals("."))) {
            return new Mention(first, end, span, Mention.Type.PERSON, name, null, null);
        }
        if (place != null && suffixEnd == end) {
            return new Mention(first, end, span, Mention.Type.PLACE, name, place.place(), null);
        }
        if (endsInEventWord(tokens, first, end)) {
            return new Mention(first, end, span, Mention.Type.OTHER, name, place == null ? null : place.place(), null);
        }
        if (orgHead || business || venue && !isPersonContext(tokens, first, end, titleAt, inTitle, s)) {
            return new Mention(first, end, span, venue && !orgHead ? Mention.Type.OTHER : Mention.Type.ORGANISATION,
                    name, place == null ? null : place.place(), null);
        }
        Mention placeOf = placeOf(tokens, first, end, name, span, placeAt);
        if (placeOf != null) {
            return placeOf;
        }
        if (tokens.get(first).isAcronym() && end - first >= 2 && isPersonShape(tokens, first, end) && personContext) {
            return new Mention(first, end, span, Mention.Type.PERSON, name, null, null);
        }
        boolean familyNameFirst = end - first >= 2 && end - first <= 3 && hasMixedCaseWord(tokens, first, end)
                && isPersonShape(tokens, first, end) && !placeAfter(placeAt, first + 1, end);
        if (tokens.get(first).isAcronym() && !notOrganisationAcronym.contains(tokens.get(first).folded()) && !familyNameFirst) {
            return new Mention(first, end, span, Mention.Type.ORGANISATION, name, null, null);
        }
        if (end - first >= 2 && placeSuffix.contains(last.folded())) {
            boolean region = REGION_SUFFIXES.contains(last.folded());
            return new Mention(first, end, span, Mention.Type.PLACE, name,
                    new Place(name, region ? Place.Kind.REGION : Place.Kind.CITY, null), null);
        }
        if (end - first >= 2 && last.folded().equals("region") || end < s.endToken() && regionWordAfter(tokens, end)) {
            // "the Maule region", "the Maule region of Chile": a name before a lower-case region word is a region
            return new Mention(first, end, span, Mention.Type.PLACE, name, new Place(name, Place.Kind.REGION, null), null);
        }
        Place.Kind kindBefore = first - 2 >= s.firstToken() ? placeKindBefore(tokens, first) : null;
        if (kindBefore != null || end < s.endToken() && cityWordAfter(tokens, end)) {
            // "the city of Porto Lindo", "the province of Maule", "the Porto Lindo city hall": the name is the place
            return new Mention(first, end, span, Mention.Type.PLACE, name,
                    new Place(name, kindBefore == null ? Place.Kind.CITY : kindBefore, null), null);
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
        if (place == null && end - first == 1 && !tokens.get(first).isAcronym() && first > s.firstToken()
                && LOCATION_WORDS.contains(tokens.get(first - 1).text())) {
            // "a farm in Tokachi", "snacks from Gimpo": a lone name the gazetteer does not know, where a place
            // stands; an acronym there names a kind of money or a body ("in FDI", "from JETRO")
            return new Mention(first, end, span, Mention.Type.PLACE, name, new Place(name, Place.Kind.CITY, null), null);
        }
        return new Mention(first, end, span, Mention.Type.OTHER, name, place == null ? null : place.place(), null);
    }

    /** "the city of X", "the capital of X", "the province of X": the kind of place a lower-case word and "of" give X. */
    private static Place.Kind placeKindBefore(List<Token> tokens, int first) {
        Token word = tokens.get(first - 2);
        if (!tokens.get(first - 1).is("of") || word.isCapitalized()) {
            return null;
        }
        return LOWER_CITY_WORDS.contains(word.folded()) ? Place.Kind.CITY
                : LOWER_REGION_WORDS.contains(word.folded()) ? Place.Kind.REGION : null;
    }

    /** "the Porto Lindo city hall", "the Porto Lindo city government": the name before them is a city's. */
    private static boolean cityWordAfter(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).is("city") && !tokens.get(end).isCapitalized()
                && CITY_BODY_WORDS.contains(tokens.get(end + 1).folded());
    }

    private static boolean regionWordAfter(List<Token> tokens, int end) {
        Token next = tokens.get(end);
        return !next.isCapitalized() && LOWER_REGION_WORDS.contains(next.folded());
    }

    /**
     * "the Free State of Bavaria", "the City of Yokohama": a place word and "of" before a name make one place,
     * the place the gazetteer knows after "of" when it knows it.
     */
    private Mention placeOf(List<Token> tokens, int first, int end, String name, Span span, Map<Integer, Lookup> placeAt) {
        for (int of = first + 1; of + 1 < end; of++) {
            if (tokens.get(of).is("of") && NameRuns.isPlaceKindWord(tokens, first, of - 1, placeAt, placeSuffix)) {
                Lookup known = placeAt.get(of + 1);
                Place place = known != null && known.endToken() == end ? known.place()
                        : new Place(name, CITY_WORDS.contains(tokens.get(of - 1).folded()) ? Place.Kind.CITY : Place.Kind.REGION, null);
                return new Mention(first, end, span, Mention.Type.PLACE, name, place, null);
            }
        }
        return null;
    }

    /** "Hanoi Tourism Festival", "2024 Saga Products Week", "Osaka Trade Fair 2025": an event, not its organiser. */
    static boolean endsInEventWord(List<Token> tokens, int first, int end) {
        int last = end - 1;
        while (last > first && tokens.get(last).isNumber()) {
            last--;
        }
        return last > first && EVENT_WORDS.contains(tokens.get(last).folded());
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
                && honorific.contains(tokens.get(first - 2).folded())) {
            return true;
        }
        if (first > s.firstToken() && honorific.contains(tokens.get(first - 1).folded())) {
            return true;
        }
        if (end + 1 < s.endToken() && isAppositionMark(tokens, end)) {
            int next = end + 1;
            if (titleAt.containsKey(next)) {
                return true;
            }
            // "Name, deputy chief representative of", "Name, the Mayor of" and "Name, Karnataka's Minister
            // for": a title after an adjective or two, an article, or a place's possessive
            for (int k = next; k < Math.min(next + 3, s.endToken()); k++) {
                if (titleAt.containsKey(k) && (!tokens.get(k).isCapitalized() || tokens.get(k - 1).is("'s")
                        || tokens.get(k - 1).is("the"))) {
                    return true;
                }
            }
        }
        if (first >= s.firstToken() + 2 && tokens.get(first - 1).text().equals(",")
                && (tokens.get(first - 2).is("counterpart") || inTitle[first - 2])) {
            return true;
        }
        if (first > s.firstToken() && tokens.get(first - 1).text().equals(")") && end - first >= 2) {
            // "Principal Secretary (Industries and Mines) Meera Patel": a title's bracketed portfolio before the name
            for (int open = first - 2; open > s.firstToken() && open > first - 10; open--) {
                if (tokens.get(open).text().equals("(")) {
                    return inTitle[open - 1];
                }
            }
        }
        // "Governor of Japan's Tottori prefecture Hirai Kenji": a title's of-phrase ends in a place or organisation
        return false;
    }

    /** A comma, or a dash set apart by spaces ("Mr. Name - Deputy Head of ..."), not a hyphen inside a name. */
    static boolean isAppositionMark(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.text().equals(",") || DASHES.contains(t.text()) && i > 0 && t.start() > tokens.get(i - 1).end();
    }

    private boolean companyContext(List<Token> tokens, int first, int end, Sentence s) {
        if (end - first == 1 && notOrganisationAcronym.contains(tokens.get(first).folded())) {
            return false;
        }
        if (first > s.firstToken() && companyDescriptor.contains(tokens.get(first - 1).folded())
                && !tokens.get(first - 1).isCapitalized()) {
            return true;
        }
        if (first - 2 >= s.firstToken() && tokens.get(first - 1).is("based") && tokens.get(first - 2).text().equals("-")) {
            // "Kagoshima-based Satsuma Reito": what is based somewhere, named right after, is a company or a body
            return true;
        }
        int next = end;
        if (next < s.endToken() && tokens.get(next).is("'s")) {
            next++;
            if (next < s.endToken() && OWNED_BODIES.contains(tokens.get(next).folded())) {
                // "Chen's company" belongs to a person as often as to a group
                return false;
            }
        }
        // "Ono Masuo visited the factory": a verb in the past begins the clause, the noun after it is not the name's
        while (next < s.endToken() && next < end + 3 && !tokens.get(next).isCapitalized() && tokens.get(next).isWord()
                && !CLAUSE_WORDS.contains(tokens.get(next).folded()) && !tokens.get(next).folded().endsWith("ed")) {
            if (companyFollower.contains(tokens.get(next).folded())) {
                return true;
            }
            next++;
        }
        return false;
    }
}
