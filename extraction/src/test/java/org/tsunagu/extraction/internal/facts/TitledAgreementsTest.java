package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;

class TitledAgreementsTest {

    private static List<String> agreements(String text) {
        return facts(text, Agreement.class).stream().map(a -> a.kind() + " " + a.parties().stream().map(EntityRef::name)
                .sorted().toList() + " " + a.date().map(Object::toString).orElse("?") + " " + a.fields()).toList();
    }

    @Test
    void readsBackgroundAgreementsListedByTitleWithTheirYears() {
        assertThat(agreements("Nagano Prefecture Governor Abe Shuichi met Oregon Governor Kate Brown in Salem. The two regions "
                + "established their sister-state relationship in 1988. Since then, through agreements such as the "
                + "Memorandum of Understanding on Forestry Cooperation (1995) and the Memorandum of Understanding on Student "
                + "Exchange (2009), the partnership has deepened.")).containsExactly(
                "MOU [Nagano Prefecture, Oregon] 1995 [forestry cooperation]",
                "MOU [Nagano Prefecture, Oregon] 2009 [student exchange]");
    }

    @Test
    void readsNoListedTitleWithoutThePairItIsAbout() {
        assertThat(agreements("Under pacts such as the Memorandum of Understanding on Forestry Cooperation (1995), "
                + "trade has grown.")).isEmpty();
    }
}
