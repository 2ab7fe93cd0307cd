package org.tsunagu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Words as ICU segments them (dictionary-based for Japanese, Chinese and Thai, which are written
 * without spaces), normalised by NFKC with case folding ("ｊｅｔｒｏ" is "jetro"), then folded as
 * the store folds names ("Đà Nẵng" is "da nang"). Indexing and queries use the same analysis.
 *
 * <p>Lucene's own {@code ICUFoldingFilter} would do both, but its folding data is compiled for
 * the ICU version Lucene was built with and fails to load with the newer ICU4J the project ships.
 */
final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        return new TokenStreamComponents(words, new FoldingFilter(new ICUNormalizer2Filter(words)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(new ICUNormalizer2Filter(in));
    }
}
