package org.tsunagu.extraction.internal.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class NameClassifierTest {

    /** The type of each name in the text, by the words it covers. */
    private static Map<String, Mention.Type> types(String text) {
        return Extracting.annotate(text).get(Layers.MENTIONS).stream().filter(m -> !m.is(Mention.Type.TITLE))
                .collect(Collectors.toMap(m -> m.span().of(text), Mention::type, (a, b) -> a));
    }

    @Test
    void leavesTheOwnerOfAPossessiveCompanyToBeAPerson() {
        String text = "Guests included Liu Fang, president of Xiamen Lvye Tea. Liu's company presented its teas.";
        assertThat(types(text)).containsEntry("Liu", Mention.Type.PERSON);
    }

    @Test
    void doesNotMakeACompanyOfTheSubjectOfSaid() {
        assertThat(types("Guests included Lei Ming, manager of Tianfu Foods. Lei said his company would return."))
                .containsEntry("Lei", Mention.Type.PERSON);
    }

    @Test
    void readsANameBeforeAPlacesPossessiveTitleAsAPerson() {
        assertThat(types("The speakers were Anil Menon, Kerala's Minister for Industries, and others."))
                .containsEntry("Anil Menon", Mention.Type.PERSON);
    }

    @Test
    void keepsInitialsAndHyphenatedGivenNamesInPersonNames() {
        assertThat(types("The pact was signed by Governor K. Suresh Babu and Magistrate Lin Wen-hsiang on Monday."))
                .containsEntry("K. Suresh Babu", Mention.Type.PERSON).containsEntry("Lin Wen-hsiang", Mention.Type.PERSON);
    }

    @Test
    void readsANameAfterATitlesBracketedPortfolioAsAPerson() {
        assertThat(types("Maharashtra's Principal Secretary (Industries) Asha Kulkarni met the delegation."))
                .containsEntry("Asha Kulkarni", Mention.Type.PERSON);
    }
}
