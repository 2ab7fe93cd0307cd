package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.StatedInterest;

/** The interests places and organisations state, read from their own sentences. */
class InterestStageTest {

    private static List<StatedInterest> interests(String sentence) {
        return extract("Published: 2026-05-04\n\n" + sentence).interests();
    }

    @Test
    void readsTheSectorsAPlaceIsInterestedIn() {
        List<StatedInterest> found = interests("Toyama Prefecture is interested in aquaculture, precision machinery and "
                + "medical devices, the governor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subject().name()).isEqualTo("Toyama Prefecture");
        assertThat(found.get(0).sectors()).containsExactly("aquaculture", "precision machinery", "medical devices");
    }

    @Test
    void readsAWishToCooperateWithAPartnerRegion() {
        StatedInterest found = interests("Shizuoka wants to cooperate with Thailand in green tea processing and logistics.")
                .get(0);
        assertThat(found.subject().name()).isEqualTo("Shizuoka");
        assertThat(found.sectors()).containsExactly("green tea processing", "logistics");
        assertThat(found.regions()).extracting(EntityRef::name).containsExactly("Thailand");
    }

    @Test
    void readsTheSectorsAPlaceHopesToAttractInvestmentIn() {
        StatedInterest found = interests("Quang Tri Province hopes to attract investment from Singapore in renewable "
                + "energy and seaports.").get(0);
        assertThat(found.subject().name()).isEqualTo("Quang Tri Province");
        assertThat(found.sectors()).containsExactly("renewable energy", "seaports");
        assertThat(found.regions()).extracting(EntityRef::name).containsExactly("Singapore");
    }

    @Test
    void readsTheSectorsOfABusinessDelegationCalledFor() {
        StatedInterest found = interests("During his visit to Tokyo, the chairman of Binh Dinh Province called for a "
                + "business delegation in wood processing and tourism.").get(0);
        assertThat(found.subject().name()).isEqualTo("Binh Dinh Province");
        assertThat(found.sectors()).containsExactly("wood processing", "tourism");
    }

    @Test
    void readsNoInterestFromANegatedStatement() {
        assertThat(interests("Nagano Prefecture is not interested in coal mining.")).isEmpty();
    }

    @Test
    void keepsTheSentenceAsEvidence() {
        StatedInterest found = interests("Saga Prefecture expressed interest in ceramics and robotics.").get(0);
        assertThat(found.evidence().sentence().start()).isGreaterThan(0);
        assertThat(found.sectors()).containsExactly("ceramics", "robotics");
    }

    @Test
    void readsTheSectorsAfterAPartnerInCooperatingWith() {
        StatedInterest found = interests("Mayor Ito said Niigata was also interested in cooperating with Vladivostok on "
                + "ferry services, but nothing has been agreed.").get(0);
        assertThat(found.subject().name()).isEqualTo("Niigata");
        assertThat(found.sectors()).containsExactly("ferry services");
        assertThat(found.regions()).extracting(EntityRef::name).containsExactly("Vladivostok");
    }

    @Test
    void readsTheSectorsAPlaceIsInterestedInAttractingInvestmentIn() {
        StatedInterest found = interests("Incheon was interested in attracting Japanese investment in its battery and "
                + "semiconductor clusters.").get(0);
        assertThat(found.subject().name()).isEqualTo("Incheon");
        assertThat(found.sectors()).containsExactly("battery clusters", "semiconductor clusters");
    }

    @Test
    void givesNoInterestToTheSpeakerOfAGroupsInterest() {
        assertThat(interests("The head of the Kagoshima Chamber of Commerce said Korean buyers were increasingly "
                + "interested in shochu and black pork.")).isEmpty();
    }

    @Test
    void readsNoSectorFromAnActInterestedIn() {
        assertThat(interests("Some 150 Osaka firms have expressed interest in opening offices in Hanoi.")).isEmpty();
    }

    @Test
    void givesTheInterestToTheSpeakersBodyWhenTheClauseNamesNone() {
        StatedInterest found = interests("The governor of Kagawa said the prefecture wants to cooperate in olive "
                + "processing with partners in Spain.").get(0);
        assertThat(found.subject().name()).isEqualTo("Kagawa");
        assertThat(found.sectors()).containsExactly("olive processing");
    }
}
