package org.tsunagu.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Tokenizer;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.reference.ReferencePlaces;

/**
 * Every resource the stages read, compiled once: the place gazetteer (from the reference places),
 * titles, demonyms and the word lists. Immutable after {@link #load()} and shared by all threads.
 */
public final class Lexicon {

    private static final String BASE = "/org/tsunagu/extraction/";

    private final PhraseMatcher<Place> places = new PhraseMatcher<>();
    private final UnspacedMatcher<Place> unspacedPlaces = new UnspacedMatcher<>();
    private final PhraseMatcher<String> titles = new PhraseMatcher<>();
    private final Map<String, Place> demonyms = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final WordLists words;

    private Lexicon() {
        words = WordLists.load(BASE + "lexicon/words.txt");
        Set<String> notPlaces = Words.copyOf(WordLists.Resources.lines(BASE + "gazetteer/not-places.txt"));
        for (ReferenceGazetteer.Entry entry : ReferenceGazetteer.entries(ReferencePlaces.standard(), notPlaces)) {
            Place place = entry.place();
            if (UnspacedMatcher.isUnspaced(place.name())) {
                unspacedPlaces.add(entry.foldedTokens().get(0), place);
            } else {
                places.add(entry.foldedTokens(), place);
            }
            if (place.kind() == Place.Kind.COUNTRY) {
                countries.putIfAbsent(Fold.fold(place.name()), place);
            }
        }
        addTitles(WordLists.Resources.lines(BASE + "lexicon/titles.txt"));
        for (String line : WordLists.Resources.lines(BASE + "lexicon/demonyms.tsv")) {
            String[] f = line.split("\t");
            Place country = countries.get(Fold.fold(f[1]));
            if (country != null) {
                demonyms.put(Fold.fold(f[0]), country);
            }
        }
    }

    /**
     * Titles as written ("Governor"), abbreviations with the title they stand for ("Gov. = Governor"), and
     * modifiers that may come before any of them ("Acting ..." makes "Acting Mayor", "Acting Gov.").
     */
    private void addTitles(List<String> lines) {
        Map<List<String>, String> written = new java.util.LinkedHashMap<>();
        List<String> modifiers = new ArrayList<>();
        for (String line : lines) {
            int equals = line.indexOf(" = ");
            if (line.endsWith(" ...")) {
                modifiers.add(line.substring(0, line.length() - 4));
            } else if (equals > 0) {
                written.putIfAbsent(folded(line.substring(0, equals)), line.substring(equals + 3));
            } else {
                written.putIfAbsent(folded(line), line);
            }
        }
        Map<List<String>, String> modified = new java.util.LinkedHashMap<>();
        for (String modifier : modifiers) {
            List<String> prefix = folded(modifier);
            written.forEach((tokens, title) -> {
                List<String> phrase = new ArrayList<>(prefix);
                phrase.addAll(tokens);
                modified.putIfAbsent(phrase, modifier + " " + title);
            });
        }
        modified.forEach(written::putIfAbsent);
        written.forEach(titles::add);
    }

    public static Lexicon load() {
        return new Lexicon();
    }

    static List<String> folded(String phrase) {
        return folded(List.of(phrase)).get(0);
    }

    /** The folded tokens of each phrase, as the tokenizer gives them in running text. */
    static List<List<String>> folded(List<String> phrases) {
        List<List<String>> out = new ArrayList<>(phrases.size());
        StringBuilder lines = new StringBuilder();
        List<Integer> lineStarts = new ArrayList<>();
        List<List<String>> lineTokens = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> tokens = new ArrayList<>(4);
            out.add(tokens);
            if (isLatinWords(phrase)) {
                // The word rules would split these at the spaces only: most place names, split here
                // many times faster.
                for (String word : Fold.fold(phrase).split(" ")) {
                    if (!word.isEmpty()) {
                        tokens.add(word);
                    }
                }
            } else {
                lineStarts.add(lines.length());
                lineTokens.add(tokens);
                lines.append(phrase).append('\n');
            }
        }
        // The others in one pass of the word rules, a line each: no word runs across a line break.
        int line = 0;
        for (Token t : Tokenizer.tokenize(lines.toString())) {
            while (line + 1 < lineStarts.size() && t.start() >= lineStarts.get(line + 1)) {
                line++;
            }
            lineTokens.get(line).add(t.folded());
        }
        return out;
    }

    /** Only Latin letters and spaces ("Da Nang", "Đà Nẵng"; not "Xi'an", "Thua Thien-Hue"). */
    static boolean isLatinWords(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            boolean latinLetter = c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    : Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (c != ' ' && !latinLetter) {
                return false;
            }
        }
        return true;
    }

    public PhraseMatcher<Place> places() {
        return places;
    }

    /** Places named in Japanese or Chinese. */
    public UnspacedMatcher<Place> unspacedPlaces() {
        return unspacedPlaces;
    }

    public PhraseMatcher<String> titles() {
        return titles;
    }

    /** The country a demonym names ("Japanese" is Japan), or null. */
    public Place demonym(String foldedWord) {
        return demonyms.get(foldedWord);
    }

    public Place country(String foldedName) {
        return countries.get(foldedName);
    }

    public Set<String> words(String section) {
        return words.section(section);
    }

    public boolean is(String section, String foldedWord) {
        return words.section(section).contains(foldedWord);
    }
}
