package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;

/** Who signed an agreement, by the constructions that name the signers. */
class SignatoriesTest {

    private static List<String> signatories(String text) {
        List<Agreement> agreements = facts(text, Agreement.class);
        assertThat(agreements).hasSize(1);
        return agreements.get(0).signatories().stream().map(EntityRef::name).toList();
    }

    @Test
    void readsTheTitleHoldersAPassiveAgreementWasMadeBetweenAndTheirBodiesAsParties() {
        String text = "The agreement was made between Kenya's Trade Minister Amina Odhiambo and the Mayor of Kofu city, Japan, "
                + "Taro Suzuki.";
        assertThat(signatories(text)).containsExactly("Amina Odhiambo", "Taro Suzuki");
        assertThat(facts(text, Agreement.class).get(0).parties().stream().map(EntityRef::name))
                .containsExactlyInAnyOrder("Kenya", "Kofu city");
    }

    @Test
    void readsSignatoriesOfPassiveSigningAfterTheAgreement() {
        assertThat(signatories("MATSUE, June 4, 2024 - Matsue City and Daejeon Metropolitan City signed a memorandum of "
                + "understanding on tourism on Monday. The memorandum was signed at the civic hall by Mayor Aoki Ren and "
                + "Deputy Mayor Seo Ji-hye.")).containsExactly("Aoki Ren", "Seo Ji-hye");
    }

    @Test
    void readsSurnamesOfSignatoriesNamedInFullBefore() {
        assertThat(signatories("Guests included Aoki Ren, mayor of Matsue, and Seo Ji-hye, deputy mayor of Daejeon. "
                + "Matsue City and Daejeon Metropolitan City signed a memorandum of understanding on tourism. "
                + "Aoki and his Daejeon counterpart, Seo, signed the document on behalf of the two cities."))
                .containsExactlyInAnyOrder("Aoki Ren", "Seo Ji-hye");
    }

    @Test
    void readsSignerOfEachSideWhenOneSideWasRepresented() {
        assertThat(signatories("The Okayama Prefectural Government and Jiangxi Province signed a cooperation agreement on "
                + "Tuesday. Governor Ishida Mio signed for Okayama, while Jiangxi was represented by Vice Governor Wu Hao, "
                + "who leads a delegation of 30 officials.")).containsExactly("Ishida Mio", "Wu Hao");
    }

    @Test
    void readsSignatoriesWhoPutTheirNamesToTheDocument() {
        assertThat(signatories("The Sakata Chamber of Commerce and the Busan Port Authority signed a memorandum of "
                + "understanding on ferry services. Chairman Endo Koji and President Park Min-ho put their names to the "
                + "document in front of 50 guests.")).containsExactly("Endo Koji", "Park Min-ho");
    }

    @Test
    void leavesOutWitnessesOfTheSigning() {
        assertThat(signatories("Kochi Prefecture and Hualien County signed a friendship agreement on Friday. The agreement "
                + "was signed by Governor Mori Aya and Magistrate Lin Wen-hsiang and witnessed by Ambassador Sato Jiro."))
                .containsExactly("Mori Aya", "Lin Wen-hsiang");
    }

    @Test
    void keepsTheInitialOfASignatorysName() {
        assertThat(signatories("The Kerala Industries Department and the Shiga Prefectural Government signed a memorandum "
                + "of understanding on Tuesday. The MoU was signed at the secretariat by K. Suresh Babu, Kerala's Minister "
                + "for Industries, and Vice Governor of Shiga Prefecture Tanaka Emi, in the presence of officials."))
                .containsExactly("K. Suresh Babu", "Tanaka Emi");
    }

    @Test
    void readsTheLeadersOfTheTwoSidesWhoMetAsSignatories() {
        assertThat(signatories("HUE, May 6, 2024 - Chairman of the Hue People's Committee Le Van Minh received Governor of "
                + "Ishikawa Prefecture Hase Jun on Monday. Ishikawa will help train nurses for Hue. At the meeting, the two "
                + "sides signed a memorandum of understanding on nursing.")).containsExactlyInAnyOrder("Le Van Minh", "Hase Jun");
    }

    @Test
    void takesTheBodiesOfSignersAsPartiesOfAnAgreementThatNamesNone() {
        List<Agreement> agreements = facts("The letter of intent was signed by Governor Prasert Wongsa of Nan and Mayor "
                + "Daiki Oshiro of Naha.", Agreement.class);
        assertThat(agreements).singleElement().satisfies(a -> {
            assertThat(a.parties().stream().map(EntityRef::name)).containsExactlyInAnyOrder("Nan", "Naha");
            assertThat(a.signatories().stream().map(EntityRef::name)).containsExactly("Prasert Wongsa", "Daiki Oshiro");
        });
    }
}
