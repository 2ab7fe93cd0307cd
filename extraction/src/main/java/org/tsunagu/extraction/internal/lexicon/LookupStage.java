package org.tsunagu.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;

/**
 * Matches the gazetteer and lexicons over folded tokens, sentence by sentence. Places and
 * demonyms must start with a capital letter in the text, but for place names in Japanese or
 * Chinese, scripts without case; titles match in any case ("deputy mayor").
 */
public final class LookupStage implements Stage<Lookup> {

    private final Lexicon lexicon;

    public LookupStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Layer<Lookup> produces() {
        return Layers.LOOKUPS;
    }

    @Override
    public List<Lookup> annotate(AnnotatedDocument document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Lookup> lookups = new ArrayList<>();
        for (Sentence s : document.get(Layers.SENTENCES)) {
            for (PhraseMatcher.Match<String> m : lexicon.titles().longestMatches(tokens, s.firstToken(), s.endToken(),
                    i -> tokens.get(i).isWord())) {
                lookups.add(new Lookup(m.firstToken(), m.endToken(), Lookup.Category.TITLE, null, m.values().get(0)));
            }
            for (PhraseMatcher.Match<Place> m : lexicon.places().longestMatches(tokens, s.firstToken(), s.endToken(),
                    i -> tokens.get(i).isCapitalized())) {
                if (tokens.get(m.endToken() - 1).isCapitalized()) {
                    lookups.add(new Lookup(m.firstToken(), m.endToken(), Lookup.Category.PLACE, best(m.values()), null));
                }
            }
            for (PhraseMatcher.Match<Place> m : lexicon.unspacedPlaces().longestMatches(tokens, s.firstToken(),
                    s.endToken())) {
                lookups.add(new Lookup(m.firstToken(), m.endToken(), Lookup.Category.PLACE, best(m.values()), null));
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                Place country = t.isCapitalized() ? lexicon.demonym(t.folded()) : null;
                if (country != null) {
                    lookups.add(new Lookup(i, i + 1, Lookup.Category.DEMONYM, country, null));
                }
            }
        }
        lookups.sort(Comparator.comparingInt(Lookup::firstToken));
        return lookups;
    }

    /** Of several places with one name, a country beats a region, which beats a city. */
    private static Place best(List<Place> places) {
        Place best = places.get(0);
        for (Place p : places) {
            if (p.kind().ordinal() < best.kind().ordinal()) {
                best = p;
            }
        }
        return best;
    }
}
