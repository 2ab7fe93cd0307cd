package org.tsunagu.extraction.internal.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class PlaceNamesTest {

    private static List<String> places(String text) {
        return Extracting.annotate(text).get(Layers.MENTIONS).stream().filter(m -> m.is(Mention.Type.PLACE))
                .map(m -> m.span().of(text) + "=" + m.place().name()).toList();
    }

    // Nordmark is a place the reference data does not know (it knows Thuringia, Bavaria, Saxony by their English names).
    @Test
    void makesOnePlaceOfAPlaceWordAndItsName() {
        assertThat(places("Officials of the Free State of Nordmark met Gifu officials."))
                .contains("Free State of Nordmark=Free State of Nordmark").doesNotContain("Free State=Free State");
    }

    @Test
    void makesEveryOtherMentionOfTheNameThatPlace() {
        assertThat(places("The Free State of Nordmark and Gifu signed a pact. Nordmark will open an office."))
                .contains("Nordmark=Free State of Nordmark");
    }

    @Test
    void namesAFreeStateTheReferenceDataKnowsByItsEnglishName() {
        assertThat(places("The Free State of Thuringia and Gifu signed a pact. Thuringia will open an office."))
                .contains("Free State of Thuringia=Thuringia", "Thuringia=Thuringia");
    }

    @Test
    void leavesAPlaceFollowedByItsCountryAlone() {
        assertThat(places("Kumamoto and the Guangxi Zhuang Autonomous Region of China met."))
                .contains("China=China").noneMatch(p -> p.startsWith("Guangxi Zhuang Autonomous Region of"));
    }

    @Test
    void doesNotTakeANumberOpeningASentenceIntoAName() {
        assertThat(Extracting.annotate("Three Osaka companies signed letters of intent.").get(Layers.MENTIONS).stream()
                .filter(m -> m.is(Mention.Type.GROUP)).map(Mention::name)).containsExactly("Osaka companies");
    }
}
