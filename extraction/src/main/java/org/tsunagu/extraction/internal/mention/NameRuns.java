package org.tsunagu.extraction.internal.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Cuts a sentence into runs of capitalised words that may form one name. Lower-case "of", "the",
 * "for", "and" join a run only inside an organisation name ("Chamber of Commerce and Industry");
 * a run is split where one name visibly ends and another begins ("People's Committee | Tran Van
 * Duc", "Niigata City | Nojima Akiko").
 */
final class NameRuns {

    record Run(int first, int end) {
    }

    private static final Set<String> CONNECTORS = Words.of("of", "for", "with", "on", "de", "du");
    private static final java.util.regex.Pattern ENGLISH_ENDINGS = java.util.regex.Pattern.compile(
            "(?:ed|en|ing|er|ers|ly|al|ic|ive|ous|ful|less|ment|ship|wide|side|scale|level|term|style|class)$");
    private static final Set<String> TITLE_ADJECTIVES = Words.of("acting", "former", "outgoing", "incoming");
    private static final Set<String> CORPORATE = Words.of("co", "ltd", "inc", "corp", "plc", "llc", "bhd", "jsc");
    private static final Set<String> HYPHEN_SYLLABLE_STOP = Words.of("run", "led", "old", "new", "era", "day", "way",
            "end", "top", "set", "use", "in", "on", "up", "off", "out", "to", "per", "born", "held", "made", "type", "wide",
            "long", "like", "free", "term", "time", "year", "city", "area", "zone", "side", "size", "only", "well", "fold",
            "owned", "level", "scale", "based", "back", "down", "over", "half", "hand");

    private final Lexicon lexicon;

    private final Set<String> businessHead;
    private final Set<String> honorific;
    private final Set<String> leadingWord;
    private final Set<String> organisationHead;
    private final Set<String> placeSuffix;
    private final Set<String> productNoun;
    private final Set<String> titleField;
    private final Set<String> venueHead;

    NameRuns(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.businessHead = lexicon.words("business-head");
        this.honorific = lexicon.words("honorific");
        this.leadingWord = lexicon.words("leading-word");
        this.organisationHead = lexicon.words("organisation-head");
        this.placeSuffix = lexicon.words("place-suffix");
        this.productNoun = lexicon.words("product-noun");
        this.titleField = lexicon.words("title-field");
        this.venueHead = lexicon.words("venue-head");
    }

    List<Run> find(List<Token> tokens, Sentence s, boolean[] inTitle, Map<Integer, Lookup> placeAt) {
        List<Run> runs = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            if (!startsName(tokens.get(i), inTitle[i])) {
                i++;
                continue;
            }
            int end = extend(tokens, i, s.endToken(), inTitle, placeAt);
            int first = i;
            boolean afterTitle = first > s.firstToken() && inTitle[first - 1];
            boolean apposition = end + 1 < s.endToken() && tokens.get(end).text().equals(",")
                    && inTitle[end + 1];
            boolean midSentence = first > s.firstToken() && tokens.get(first - 1).isWord() && !tokens.get(first - 1).isCapitalized();
            while (!afterTitle && !apposition && !midSentence && first < end
                    && leadingWord.contains(tokens.get(first).folded())) {
                first++;
            }
            if (end < s.endToken() && inTitle[end] && end - first >= 2 && TITLE_ADJECTIVES.contains(tokens.get(first).folded())) {
                // "Acting Tainan Mayor", "Former Osaka Governor": the adjective is the title's, the name the place's
                first++;
            }
            while (first < end && (!tokens.get(first).isWord() && !tokens.get(first).isNumber()
                    || honorific.contains(tokens.get(first).folded()))) {
                // "Mr.", "H.E." and "Shri" name no one of their own
                first++;
            }
            if (first < end) {
                split(tokens, first, end, placeAt, afterTitle, inTitle, runs);
            }
            i = Math.max(end, i + 1);
        }
        return runs;
    }

    private boolean startsName(Token t, boolean title) {
        return !title && t.isWord() && t.isCapitalized() && !isCalendarWord(t);
    }

    private boolean isCalendarWord(Token t) {
        return leadingWord.contains(t.folded()) && (t.folded().endsWith("day") || isMonth(t.folded()));
    }

    private static boolean isMonth(String f) {
        return switch (f) {
            case "january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december" -> true;
            default -> false;
        };
    }

    private int extend(List<Token> tokens, int start, int limit, boolean[] inTitle, Map<Integer, Lookup> placeAt) {
        int end = start + 1;
        boolean sawHead = isHead(tokens.get(start));
        boolean sawOf = false;
        while (end < limit) {
            Token t = tokens.get(end);
            Token prev = tokens.get(end - 1);
            boolean glued = t.start() == prev.end();
            if (isDollarPrefix(tokens, end, limit)) {
                // "Singapore US $ 80 million": the "US" of a sum ends the name before it
                break;
            } else if (t.is("and") && !sawHead) {
                // "Cebu And Japan" in a headline's capitals: two names joined, not one name; a body's name goes
                // on past it ("Ministry Of Trade And Industry")
                break;
            } else if (t.isWord() && t.isCapitalized() && !inTitle[end] && !isCalendarWord(t)) {
                sawHead |= isHead(t);
                end++;
            } else if (t.isNumber() && prev.isCapitalized() && glued == false && end + 1 < limit
                    && tokens.get(end + 1).isCapitalized() && !inTitle[end + 1]) {
                end++;
            } else if (t.text().equals("-") && glued && end + 1 < limit && tokens.get(end + 1).start() == t.end()
                    && tokens.get(end + 1).isWord() && (tokens.get(end + 1).isCapitalized() || isNameSyllable(tokens.get(end + 1)))) {
                end += 2;
            } else if (t.is("'s") && prev.is("people") && end + 1 < limit && tokens.get(end + 1).isCapitalized()) {
                end++;
            } else if (t.text().equals(".") && glued && isInitial(prev) && end + 1 < limit && tokens.get(end + 1).isWord()
                    && tokens.get(end + 1).isCapitalized() && !inTitle[end + 1]) {
                // "S. Ravindranath Hegde"
                end++;
            } else if (t.text().equals(".") && glued && CORPORATE.contains(prev.folded())) {
                end++;
                if (end + 2 < limit && tokens.get(end).text().equals(",") && CORPORATE.contains(tokens.get(end + 1).folded())) {
                    end += 2;
                    if (end < limit && tokens.get(end).text().equals(".")) {
                        end++;
                    }
                }
                break;
            } else if (t.text().equals("&") && prev.isWord() && prev.isCapitalized() && end + 1 < limit
                    && tokens.get(end + 1).isWord() && tokens.get(end + 1).isCapitalized() && !inTitle[end + 1]) {
                // "Gyeonggi Business & Science Accelerator": an ampersand only ever joins two parts of one name
                end += 2;
            } else if (t.is("of") && end + 1 < limit && isPlaceKindWord(tokens, start, end - 1, placeAt, placeSuffix)
                    && tokens.get(end + 1).isWord() && tokens.get(end + 1).isCapitalized() && !inTitle[end + 1]
                    && !isCalendarWord(tokens.get(end + 1))) {
                // "the Free State of Bavaria", "the Special Region of Yogyakarta", "the City of Yokohama"
                end += 2;
            } else if (sawHead && CONNECTORS.contains(t.folded()) && end + 1 < limit) {
                int k = end + 1;
                if (tokens.get(k).is("the") && k + 1 < limit) {
                    k++;
                }
                if (tokens.get(k).isCapitalized() && tokens.get(k).isWord() && !inTitle[k] && !isCalendarWord(tokens.get(k))) {
                    sawOf = true;
                    end = k;
                } else {
                    break;
                }
            } else if (t.is("and") && (BODY_ENDS.contains(prev.folded()) || placeSuffix.contains(prev.folded())
                    || sawOf && placeEndsAt(placeAt, start, end))) {
                // "Sakura Bank and Lotus Trading Company", "X Province and Y Prefectural Government", "the Board of
                // Investment of Thailand and Sony Group": a finished body or place before "and" is one name of a
                // list, not the first half of one name
                break;
            } else if (sawOf && t.is("and") && end + 1 < limit && tokens.get(end + 1).isCapitalized()
                    && !tokens.get(end + 1).isAcronym() && !inTitle[end + 1]
                    && (end + 2 >= limit || !tokens.get(end + 2).isCapitalized())) {
                end += 2;
            } else if (sawOf && t.text().equals(",") && end + 2 < limit && tokens.get(end + 1).isCapitalized()
                    && tokens.get(end + 1).isWord() && !inTitle[end + 1] && !tokens.get(end + 1).isAcronym()
                    && (tokens.get(end + 2).text().equals(",") || tokens.get(end + 2).is("and"))) {
                // "Bureau of Culture, Radio, Television and Tourism"
                end += 2;
            } else if (sawOf && t.is("and") && end + 1 < limit && isHead(tokens.get(end + 1)) && !inTitle[end + 1]) {
                end += 2;
            } else if (sawHead && t.is("and") && headWithin(tokens, end + 1, limit, inTitle)) {
                end++;
            } else if (placeSuffix.contains(t.folded()) && !t.isCapitalized() && !sawHead
                    && !leadingWord.contains(tokens.get(start).folded()) && !isDemonym(tokens.get(start))) {
                end++;
                if (end < limit && LOWER_GOVERNMENT.contains(tokens.get(end).folded())) {
                    end++;
                }
                break;
            } else if (LOWER_GOVERNMENT.contains(t.folded()) && !t.isCapitalized() && !sawHead && end - start <= 3
                    && !isDemonym(tokens.get(start))) {
                end++;
                break;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * A capitalised place word ("State", "Region", "City") that heads a name of its own before "of", as in
     * "the Free State of Bavaria"; not one completing a place already named ("Guangxi Zhuang Autonomous Region
     * of China", "Da Nang City of Vietnam"), nor one followed by its country.
     */
    static boolean isPlaceKindWord(List<Token> tokens, int from, int at, Map<Integer, Lookup> placeAt,
            Set<String> placeSuffix) {
        Token t = tokens.get(at);
        if (!t.isCapitalized() || !placeSuffix.contains(t.folded())) {
            return false;
        }
        for (int i = from; i < at; i++) {
            Lookup place = placeAt.get(i);
            if (place != null && place.endToken() <= at) {
                return false;
            }
        }
        Lookup after = placeAt.get(at + 2);
        return after == null || after.place().kind() != Place.Kind.COUNTRY;
    }

    /** "Ji-hye", "Wen-hsiang": the second syllable of a given name, not an English word ("Gifu-based", "-funded"). */
    private static boolean isDollarPrefix(List<Token> tokens, int at, int limit) {
        return at + 1 < limit && tokens.get(at).text().equals("US") && tokens.get(at + 1).text().equals("$");
    }

    private static boolean isNameSyllable(Token t) {
        String f = t.folded();
        if (HYPHEN_SYLLABLE_STOP.contains(f)) {
            return false;
        }
        return f.length() <= 4 || f.length() <= 7 && !ENGLISH_ENDINGS.matcher(f).find();
    }

    private static boolean isInitial(Token t) {
        return t.text().length() == 1 && t.isCapitalized();
    }

    /** "Exhibition and Sales Center": capitalised words after "and" that end in a head. */
    private boolean headWithin(List<Token> tokens, int from, int limit, boolean[] inTitle) {
        for (int i = from; i < Math.min(limit, from + 3); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() || t.isAcronym() || inTitle[i]) {
                return false;
            }
            if (isHead(t) && (i + 1 >= limit || !tokens.get(i + 1).isCapitalized())) {
                return true;
            }
        }
        return false;
    }

    /** A known place ends just before {@code end}, inside the run that began at {@code start}. */
    private static boolean placeEndsAt(Map<Integer, Lookup> placeAt, int start, int end) {
        for (int i = Math.max(start, end - 4); i < end; i++) {
            Lookup place = placeAt.get(i);
            if (place != null && place.endToken() == end) {
                return true;
            }
        }
        return false;
    }

    /** Heads that end a body's name: after them "and" starts the next name ("Hanbit Bank and Daejin Group"). */
    private static final Set<String> BODY_ENDS = Words.of("bank", "government", "committee", "council", "company", "co",
            "ltd", "corporation", "corp", "inc", "jsc", "plc", "llc", "group", "holdings", "bureau", "agency", "ministry",
            "office", "authority", "association", "university", "embassy", "consulate", "federation", "organization",
            "organisation");

    private static final Set<String> LOWER_GOVERNMENT = Words.of("government", "authorities", "administration");

    private boolean isDemonym(Token t) {
        return lexicon.demonym(t.folded()) != null;
    }

    private boolean isHead(Token t) {
        return organisationHead.contains(t.folded()) || venueHead.contains(t.folded());
    }

    /** Splits "People's Committee Tran Van Duc" after the last head and "Daegu Park Sung-ho" after the place. */
    private void split(List<Token> tokens, int first, int end, Map<Integer, Lookup> placeAt, boolean afterTitle,
            boolean[] inTitle, List<Run> runs) {
        int lastHead = -1;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized() && (isHead(t) || placeSuffix.contains(t.folded()) && i > first)) {
                lastHead = i;
            }
        }
        Lookup place = placeAt.get(first);
        // "Mayor Li Men-yen", "Lim Wei Jian, Penang state councillor": beside a title, a family name that is also
        // a place does not start a place
        boolean personAfterTitle = (afterTitle || titleInApposition(tokens, end, inTitle)) && end - first <= 5
                && restIsPerson(tokens, first, end);
        if (NameClassifier.endsInEventWord(tokens, first, end)) {
            // "Saga Products Week": the place is the event's, not a name of its own
            runs.add(new Run(first, end));
            return;
        }
        if (place != null && place.endToken() < end && end - place.endToken() >= 2 && tokens.get(place.endToken()).isWord()
                && restIsPerson(tokens, place.endToken(), end) && !personAfterTitle) {
            runs.add(new Run(first, place.endToken()));
            runs.add(new Run(place.endToken(), end));
            return;
        }
        if (lastHead > first && restIsName(tokens, lastHead + 1, end)) {
            runs.add(new Run(first, lastHead + 1));
            runs.add(new Run(lastHead + 1, end));
            return;
        }
        if (lastHead < 0 && place != null && place.endToken() < end && end - place.endToken() >= 2
                && restIsName(tokens, place.endToken(), end) && !personAfterTitle) {
            runs.add(new Run(first, place.endToken()));
            runs.add(new Run(place.endToken(), end));
            return;
        }
        // "(Minister of) Investment Rina Wulandari", "(Counsellor of the) Embassy of Japan Sato Naoki": a person
        // named right after a body's head word or the place that ends its name; a family name may be a place
        // ("Industry Kato Haruki"), a later word not ("Bank Negara Malaysia")
        int head = lastOrganisationHead(tokens, first, end);
        int bodyEnd = Math.max(head + 1, lastJoinedPlaceEnd(tokens, placeAt, first, end));
        if (head >= 0 && end - bodyEnd >= 2 && end - bodyEnd <= 4 && tokens.get(bodyEnd).isWord()
                && tokens.get(bodyEnd - 1).isWord() && restIsPerson(tokens, bodyEnd, end)
                && lastPlaceEnd(placeAt, bodyEnd + 1, end) < 0) {
            runs.add(new Run(first, bodyEnd));
            runs.add(new Run(bodyEnd, end));
            return;
        }
        runs.add(new Run(first, end));
    }

    /**
     * The last organisation head or field word ("Ministry", "Investment", "Fisheries") in [from, end), or -1;
     * not a venue word, as "Park" may be a family name.
     */
    private int lastOrganisationHead(List<Token> tokens, int from, int end) {
        int last = -1;
        for (int i = from; i < end; i++) {
            String f = tokens.get(i).folded();
            if (tokens.get(i).isCapitalized() && (organisationHead.contains(f) || titleField.contains(f))) {
                last = i;
            }
        }
        return last;
    }

    /** "Name, Title" or "Name - Title", the title within the three words after the mark. */
    private static boolean titleInApposition(List<Token> tokens, int end, boolean[] inTitle) {
        if (end >= tokens.size() || !NameClassifier.isAppositionMark(tokens, end)) {
            return false;
        }
        for (int k = end + 1; k < Math.min(end + 4, tokens.size()); k++) {
            if (inTitle[k]) {
                return true;
            }
        }
        return false;
    }

    /** The end of the last place joined to a body's name by "of" or "in" ("Embassy of Japan"), or -1. */
    private static int lastJoinedPlaceEnd(List<Token> tokens, Map<Integer, Lookup> placeAt, int from, int end) {
        int last = -1;
        for (int i = from + 1; i < end; i++) {
            Lookup place = placeAt.get(i);
            if (place != null && place.endToken() <= end && (tokens.get(i - 1).is("of") || tokens.get(i - 1).is("in"))) {
                last = Math.max(last, place.endToken());
            }
        }
        return last;
    }

    /** The end of the last place the gazetteer finds within [from, end), or -1. */
    private static int lastPlaceEnd(Map<Integer, Lookup> placeAt, int from, int end) {
        int last = -1;
        for (int i = from; i < end; i++) {
            Lookup place = placeAt.get(i);
            if (place != null && place.endToken() <= end) {
                last = Math.max(last, place.endToken());
            }
        }
        return last;
    }

    /** "Park Sung-ho" after "Daegu": a remainder shaped like a person's name, not ending in a venue word. */
    private boolean restIsPerson(List<Token> tokens, int from, int end) {
        if (venueHead.contains(tokens.get(end - 1).folded())) {
            return false;
        }
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (organisationHead.contains(t.folded()) || businessHead.contains(t.folded())
                    || t.isAcronym() && !NameClassifier.hasMixedCaseWord(tokens, from, end) || placeSuffix.contains(t.folded())
                    || CONNECTORS.contains(t.folded()) || t.is("and") || productNoun.contains(t.folded()))) {
                return false;
            }
        }
        return true;
    }

    private boolean restIsName(List<Token> tokens, int from, int end) {
        if (end - from < 2 || !tokens.get(from).isWord()) {
            return false;
        }
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (isHead(t) || businessHead.contains(t.folded()) || t.isAcronym() && !NameClassifier.hasMixedCaseWord(tokens, from, end)
                    || placeSuffix.contains(t.folded()) || CONNECTORS.contains(t.folded()) || t.is("and"))) {
                return false;
            }
        }
        return true;
    }
}
