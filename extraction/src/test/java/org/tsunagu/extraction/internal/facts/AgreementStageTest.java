package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;

class AgreementStageTest {

    private static List<String> agreements(String text) {
        return facts(text, Agreement.class).stream().map(a -> a.kind() + " " + a.parties().stream().map(EntityRef::name)
                .sorted().toList()).toList();
    }

    @Test
    void readsOneSigningToldAsCooperationAndAsFriendshipAsAFriendshipAgreement() {
        assertThat(agreements("The Maule region of Chile and the Hebei province of China signed a cooperation agreement "
                + "covering mining and training. The signing took place during a fair in Tianjin and Dalian. The minister said: \"Today both "
                + "regions have signed a friendship agreement.\""))
                .containsExactly("FRIENDSHIP_AGREEMENT [Hebei province, Maule]");
    }

    @Test
    void takesARegionsNameWithAndWithoutItsApostropheForOneParty() {
        assertThat(agreements("The O'Neill region and the Hebei province signed an agreement on cooperation. The ONeill region "
                + "and the Hebei province signed a friendship agreement on Monday."))
                .hasSize(1);
    }
}
