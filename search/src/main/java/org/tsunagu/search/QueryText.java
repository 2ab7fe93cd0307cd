package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What people type, as a query: every word must occur, in the text or among the names of what
 * the result is about; words found together, and found in names, rank higher. No query syntax:
 * quotes, colons and wildcards are just characters, so no input can make a query fail.
 */
final class QueryText {

    /** More words than anyone types; bounds the work a long pasted text can cause. */
    private static final int MAX_WORDS = 32;
    private static final float NAME_BOOST = 2f;
    private static final float NAME_PHRASE_BOOST = 4f;
    /** A place's own names rank it above everything that only mentions it. */
    private static final float PLACE_NAME_BOOST = 8f;
    private static final float TEXT_PHRASE_BOOST = 1.5f;

    private QueryText() {
    }

    static Query parse(String text, Analyzer analyzer) {
        List<String> words = words(text, analyzer);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TEXT, word)), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(Fields.NAMES, word)), NAME_BOOST), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(Fields.PLACE_NAMES, word)), PLACE_NAME_BOOST), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        if (words.size() > 1) {
            query.add(new BoostQuery(phrase(Fields.NAMES, words), NAME_PHRASE_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(phrase(Fields.PLACE_NAMES, words), PLACE_NAME_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(phrase(Fields.TEXT, words), TEXT_PHRASE_BOOST), Occur.SHOULD);
        }
        return query.build();
    }

    /** The words of the text as the index holds them: segmented and folded. */
    static List<String> words(String text, Analyzer analyzer) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a query held in memory", e);
        }
        return words;
    }

    private static Query phrase(String field, List<String> words) {
        return new PhraseQuery(1, field, words.toArray(String[]::new));
    }
}
