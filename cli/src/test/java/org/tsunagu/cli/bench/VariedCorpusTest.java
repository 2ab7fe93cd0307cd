package org.tsunagu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.fact.Argument;

class VariedCorpusTest {

    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final Document SAMPLE = Document.of("sample", "test", """
            Hamamatsu, Shizuoka, 3 March 2024 – Hamamatsu City and Da Nang signed a memorandum of \
            understanding on economic cooperation on Monday. Mayor Nakano Yusuke signed for Hamamatsu.""");
    private static final VariedCorpus CORPUS = VariedCorpus.of(List.of(SAMPLE), EXTRACTOR, ReferencePlaces.standard());

    private static Set<String> places(Document article) {
        return EXTRACTOR.extract(article).facts().stream()
                .flatMap(fact -> Argument.of(fact).stream())
                .filter(argument -> argument.entity().type() == EntityType.PLACE)
                .map(argument -> argument.entity().name())
                .collect(Collectors.toSet());
    }

    @Test
    void tellsOfOtherPlacesInEachArticleMadeFromTheSameSample() {
        Set<String> first = places(CORPUS.article(1));
        Set<String> second = places(CORPUS.article(2));

        assertThat(places(SAMPLE)).contains("Da Nang");
        assertThat(first).isNotEmpty().doesNotContain("Da Nang");
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    }

    @Test
    void givesTheSameArticleForTheSameNumber() {
        assertThat(CORPUS.article(7).text()).isEqualTo(CORPUS.article(7).text()).isNotEqualTo(SAMPLE.text());
    }
}
