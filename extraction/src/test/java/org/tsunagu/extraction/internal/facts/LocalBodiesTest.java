package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;

class LocalBodiesTest {

    private static List<String> agreements(String text) {
        return facts(text, Agreement.class).stream().map(a -> a.parties().stream().map(EntityRef::name).sorted().toList()
                .toString()).toList();
    }

    @Test
    void readsABareStateGovernmentAsTheArticlesState() {
        assertThat(agreements("Kerala courts Dutch logistics\n\nThe State Government on Friday inked a pact with "
                + "Rotterhaven Logistics to develop a cargo terminal in Kochi. Kerala expects more investors."))
                .contains("[Kerala, Rotterhaven Logistics]");
    }

    @Test
    void leavesABareStateGovernmentAloneWhenTheArticleNamesNoState() {
        assertThat(agreements("The State Government on Friday inked a pact with Rotterhaven Logistics to develop a cargo "
                + "terminal.")).containsExactly("[Rotterhaven Logistics, State Government]");
    }
}
