package org.tsunagu.extraction.internal.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.model.document.Span;

/**
 * Splits the text into word, number and punctuation tokens with ICU's word rules, and separates
 * the English possessive ("Japan's" is "Japan" and "'s") so that names match the gazetteer, and an
 * abbreviation glued to the name after it ("Mr.Nguyen" is "Mr", "." and "Nguyen"), which the word
 * rules keep as one word.
 */
public final class Tokenizer implements Stage<Token> {

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Layer<Token> produces() {
        return Layers.TOKENS;
    }

    @Override
    public List<Token> annotate(AnnotatedDocument document) {
        return tokenize(document.text());
    }

    /** Building a break iterator loads rules; cloning the one built here does not. */
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(Locale.ROOT);

    public static List<Token> tokenize(String text) {
        BreakIterator words = (BreakIterator) WORDS.clone();
        words.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (Character.isWhitespace(text.charAt(start))) {
                continue;
            }
            int dot = gluedAbbreviation(text, start, end);
            if (dot > start) {
                add(tokens, text, start, dot);
                add(tokens, text, dot, dot + 1);
                start = dot + 1;
            }
            int split = possessive(text, start, end);
            if (split > start) {
                add(tokens, text, start, split);
                add(tokens, text, split, end);
            } else {
                add(tokens, text, start, end);
            }
        }
        return tokens;
    }

    private static int possessive(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char apostrophe = text.charAt(end - 2);
            if (apostrophe == '\'' || apostrophe == '\u2019') {
                return end - 2;
            }
        }
        return -1;
    }

    /**
     * The period in "Mr.Nguyen" or "Dr.Park": a capital and one to three small letters, a period, then a
     * capitalised word; not "U.S", "H.E" or "e.g", whose parts are single letters.
     */
    private static int gluedAbbreviation(String text, int start, int end) {
        int dot = start + 1;
        while (dot < end && dot - start <= 4 && Character.isLowerCase(text.charAt(dot))) {
            dot++;
        }
        boolean abbreviation = dot - start >= 2 && dot - start <= 4 && Character.isUpperCase(text.charAt(start));
        return abbreviation && dot + 2 < end && text.charAt(dot) == '.' && Character.isUpperCase(text.charAt(dot + 1))
                && Character.isLowerCase(text.charAt(dot + 2)) ? dot : -1;
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String word = text.substring(start, end);
        tokens.add(new Token(tokens.size(), new Span(start, end), word, Fold.fold(word)));
    }
}
