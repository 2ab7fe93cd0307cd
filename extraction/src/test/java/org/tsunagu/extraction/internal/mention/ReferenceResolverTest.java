package org.tsunagu.extraction.internal.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;

class ReferenceResolverTest {

    private static List<String> referents(String text, String words) {
        AnnotatedDocument doc = Extracting.annotate(text);
        return doc.get(Layers.REFERENCES).stream().filter(r -> r.span().of(text).equals(words))
                .flatMap(r -> r.referents().stream()).map(Mention::name).toList();
    }

    @Test
    void readsTheProvinceAsAProvinceRatherThanAJapanesePrefecture() {
        assertThat(referents("Officials from Hunan met officials from Shiga in Otsu. The province will open an office there.",
                "The province")).containsExactly("Hunan");
    }

    @Test
    void readsThePrefectureAsAJapanesePrefecture() {
        assertThat(referents("Officials from Shiga met officials from Hunan in Changsha. The prefecture will open an office "
                + "there.", "The prefecture")).containsExactly("Shiga");
    }

    @Test
    void readsTheTwoProvincesOfChineseMediaAsAProvinceAndAPrefecture() {
        assertThat(referents("Hunan and Shiga became friendship provinces in 1983. The two provinces signed a pact.",
                "The two provinces")).containsExactlyInAnyOrder("Hunan", "Shiga");
    }

    @Test
    void readsTheTwoSidesAsTheMostNamedPartiesRatherThanTheLastNamed() {
        assertThat(referents("Binh Dinh received a delegation from Okayama. Binh Dinh wants more workers trained in Okayama. "
                + "Okayama will open an office in Binh Dinh. Last month Setouchi Knives opened a plant in the Nhon Hoi Economic "
                + "Zone. The two sides signed a memorandum.", "The two sides"))
                .containsExactlyInAnyOrder("Binh Dinh", "Okayama");
    }

    @Test
    void readsThePortsAsTheLastTwoPortBodies() {
        assertThat(referents("The Port of Antwerp Authority met the Nagoya Port Authority in Antwerp. The ports signed a pact.",
                "The ports")).containsExactlyInAnyOrder("Port of Antwerp Authority", "Nagoya Port Authority");
    }

    @Test
    void readsTheProvincialGovernmentAsTheProvince() {
        assertThat(referents("Officials from Hunan met officials from Shiga in Otsu. The provincial government will open an "
                + "office there.", "The provincial government")).containsExactly("Hunan");
    }

    @Test
    void readsTheProvinceOverAnAmericanStateNamedSince() {
        assertThat(referents("The governor of Chungcheong Province met investors in Ohio. The province will open an office "
                + "there.", "The province")).containsExactly("Chungcheong Province");
    }
}
