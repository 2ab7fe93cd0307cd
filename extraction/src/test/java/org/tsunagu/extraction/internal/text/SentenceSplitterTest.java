package org.tsunagu.extraction.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        AnnotatedDocument doc = Extracting.annotate(text);
        return doc.get(Layers.SENTENCES).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void keepsAnInitialInsideItsSentence() {
        assertThat(sentences("The pact was signed by K. Suresh Babu and Tanaka Emi. Both spoke."))
                .containsExactly("The pact was signed by K. Suresh Babu and Tanaka Emi.", "Both spoke.");
    }

    @Test
    void stillEndsASentenceAfterAnAbbreviatedWordOfTwoLetters() {
        assertThat(sentences("Exports rose to the US. Imports fell.")).hasSize(2);
    }

    @Test
    void keepsAShortenedMonthBeforeItsDayInsideItsSentence() {
        assertThat(sentences("SEOUL, Oct. 31 (Agency) - The governors met. Both spoke."))
                .containsExactly("SEOUL, Oct. 31 (Agency) - The governors met.", "Both spoke.");
    }
}
