package org.tsunagu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Document;

class BenchCorpusTest {

    private static final String OPENING = "Osaka and Ho Chi Minh City renewed their partnership. ".repeat(2).strip();
    private static final String FIRST = "The two cities will hold a trade fair in May. ".repeat(2).strip();
    private static final String SECOND = "Twenty companies will exhibit food products. ".repeat(2).strip();
    private static final String THIRD = "A business mission follows in the autumn. ".repeat(2).strip();
    private static final List<Document> SAMPLES = List.of(
            Document.of("opening", "test", OPENING),
            Document.of("borrowed", "test", FIRST + "\n\n" + SECOND + "\n\n" + THIRD));

    @Test
    void borrowsTheNextSamplesParagraphsOnlyUntilTheArticleReachesItsSize() {
        int target = OPENING.length() + FIRST.length() + 10;

        String article = BenchCorpus.generate(SAMPLES, 1, target).documents().get(0).text();

        assertThat(article).startsWith(OPENING).contains(FIRST, SECOND).doesNotContain(THIRD);
    }

    @Test
    void numbersEveryArticleSoThatNoTwoAreTheSame() {
        List<Document> articles = BenchCorpus.generate(SAMPLES, 4, 100).documents();

        assertThat(articles.stream().map(Document::text).distinct()).hasSize(4);
    }
}
