package org.tsunagu.extraction.internal.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class NameRunsTest {

    /** The text of each name found, titles left out. */
    private static List<String> names(String text) {
        return Extracting.annotate(text).get(Layers.MENTIONS).stream().filter(m -> !m.is(Mention.Type.TITLE))
                .map(m -> m.span().of(text)).toList();
    }

    @Test
    void endsANameAtAFinishedBodyBeforeAnd() {
        assertThat(names("Hanbit Bank and Daejin Trading Company signed a loan deal."))
                .contains("Hanbit Bank", "Daejin Trading Company");
    }

    @Test
    void endsANameAtAProvinceBeforeAnd() {
        assertThat(names("The People's Committee of Tra Vinh Province and Tottori Prefectural Government met."))
                .contains("People's Committee of Tra Vinh Province", "Tottori Prefectural Government");
    }

    @Test
    void keepsAndInsideABodyNamedForItsFields() {
        assertThat(names("The Okayama Chamber of Commerce and Industry hosted the forum."))
                .contains("Okayama Chamber of Commerce and Industry");
    }

    @Test
    void endsABodyOfAPlaceBeforeAnd() {
        assertThat(names("An MoU was signed between the Ministry of Industry of Malaysia and Hoshi Holdings."))
                .contains("Ministry of Industry of Malaysia", "Hoshi Holdings");
    }
}
