package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;

class AgreementReaderTest {

    private static List<String> agreements(String text) {
        return facts(text, Agreement.class).stream().map(a -> a.kind() + " " + a.parties().stream().map(EntityRef::name)
                .sorted().toList() + " " + a.date().map(Object::toString).orElse("?")).toList();
    }

    @Test
    void readsASignedPartnershipAsAnAgreement() {
        assertThat(agreements("Makassar signed a green sister city partnership with Kitakyushu in 2015."))
                .containsExactly("FRIENDSHIP_AGREEMENT [Kitakyushu, Makassar] 2015");
    }

    @Test
    void readsARecordOfDiscussionsAsAnAgreementOfItsOwnKind() {
        assertThat(agreements("The Japan International Cooperation Agency (JICA) and the Medan City Government signed a "
                + "record of discussions in 2019.")).containsExactly("OTHER [Japan International Cooperation Agency, "
                + "Medan City Government] 2019");
    }

    @Test
    void readsTheSubjectOfASigningThatContinuesAListOfTies() {
        assertThat(agreements("Mayor Tran said Hue has cooperation ties with Kyoto (2010), signed a friendship agreement "
                + "with Kanazawa (2012), and maintains exchanges with Nara (2015)."))
                .containsExactly("FRIENDSHIP_AGREEMENT [Hue, Kanazawa] 2012");
    }

    @Test
    void readsACompanyOwningTheTitleOfItsSignerAsAParty() {
        assertThat(agreements("BANGKOK, February 11, 2025 - Vice Governor of Aomori Prefecture Sato Jun and Lotus Fresh "
                + "Mart Chief Executive Officer Somchai Dee signed a memorandum of understanding on apples."))
                .containsExactly("MOU [Aomori Prefecture, Lotus Fresh Mart] 2025-02-11");
    }
}
