package org.tsunagu.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Tokenizer;
import org.tsunagu.reference.ReferencePlaces;

/**
 * Every resource the stages read, compiled once: the place gazetteer (from the reference places),
 * titles, demonyms and the word lists. Immutable after {@link #load()} and shared by all threads.
 */
public final class Lexicon {

    private static final String BASE = "/org/tsunagu/extraction/";

    private final PhraseMatcher<Place> places = new PhraseMatcher<>();
    private final PhraseMatcher<String> titles = new PhraseMatcher<>();
    private final Map<String, Place> demonyms = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final WordLists words;

    private Lexicon() {
        words = WordLists.load(BASE + "lexicon/words.txt");
        Set<String> notPlaces = Set.copyOf(WordLists.Resources.lines(BASE + "gazetteer/not-places.txt"));
        for (ReferenceGazetteer.Entry entry : ReferenceGazetteer.entries(ReferencePlaces.standard(), notPlaces)) {
            Place place = entry.place();
            places.add(entry.foldedTokens(), place);
            if (place.kind() == Place.Kind.COUNTRY) {
                countries.putIfAbsent(Fold.fold(place.name()), place);
            }
        }
        for (String line : WordLists.Resources.lines(BASE + "lexicon/titles.txt")) {
            titles.add(folded(line), line);
        }
        for (String line : WordLists.Resources.lines(BASE + "lexicon/demonyms.tsv")) {
            String[] f = line.split("\t");
            Place country = countries.get(Fold.fold(f[1]));
            if (country != null) {
                demonyms.put(Fold.fold(f[0]), country);
            }
        }
    }

    public static Lexicon load() {
        return new Lexicon();
    }

    static List<String> folded(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase)) {
            out.add(t.folded());
        }
        return out;
    }

    public PhraseMatcher<Place> places() {
        return places;
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
