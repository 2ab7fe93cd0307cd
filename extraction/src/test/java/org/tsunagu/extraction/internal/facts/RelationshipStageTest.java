package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Relationship;

class RelationshipStageTest {

    private static List<String> ties(String text) {
        return facts(text, Relationship.class).stream().map(r -> r.kind() + " " + Stream.of(r.a().name(), r.b().name())
                .sorted().toList() + " " + r.status() + " " + r.since().map(Object::toString).orElse("?")).toList();
    }

    @Test
    void readsFriendshipAndCooperationTiesAsOneTieOfFriendship() {
        assertThat(ties("Kumamoto and Hefei have kept friendship and cooperation ties since 1990."))
                .containsExactly("FRIENDSHIP [Hefei, Kumamoto] ESTABLISHED 1990");
        assertThat(ties("Kumamoto and Hefei enjoy friendly and cooperative relations."))
                .containsExactly("FRIENDSHIP [Hefei, Kumamoto] ESTABLISHED ?");
        assertThat(ties("Over three decades Kumamoto and Hefei built a friendship and cooperative relationship."))
                .containsExactly("FRIENDSHIP [Hefei, Kumamoto] ESTABLISHED ?");
    }

    @Test
    void readsTiesOfFriendshipAndCooperationAsOneTieOfFriendship() {
        assertThat(ties("Kumamoto and Hefei deepened their ties of friendship and cooperation last year."))
                .containsExactly("FRIENDSHIP [Hefei, Kumamoto] ESTABLISHED ?");
        assertThat(ties("Kumamoto and Hefei have kept ties of cooperation since 2001."))
                .containsExactly("COOPERATION [Hefei, Kumamoto] ESTABLISHED 2001");
    }

    @Test
    void takesAHeadlineTieWithOneSideAbbreviatedForTheStorysTie() {
        assertThat(ties("NS Mayor proposes sisterhood with Kyoto\n\nNovosibirsk /TASS/ On March 3, the Mayor of "
                + "Novosibirsk met the Consul of Japan. The Mayor made a formal proposal to establish sisterhood "
                + "between Novosibirsk and Kyoto.")).containsExactly("FRIENDSHIP [Kyoto, Novosibirsk] PROPOSED ?");
    }

    @Test
    void readsAHopedForCooperationMemorandumAsAProposedTie() {
        assertThat(ties("The governor added that Tochigi hopes to sign a cooperation memorandum with Da Nang next year."))
                .containsExactly("COOPERATION [Da Nang, Tochigi] PROPOSED ?");
    }

    @Test
    void readsTheSubjectOfAFriendshipAgreementThatContinuesAListOfTies() {
        assertThat(ties("Mayor Tran said Hue has cooperation ties with Kyoto (2010), signed a friendship agreement with "
                + "Kanazawa (2012), and maintains exchanges with Nara (2015).")).contains("FRIENDSHIP [Hue, Kanazawa] ESTABLISHED 2012");
    }

    @Test
    void readsOneTiePerPartnerOfCoordinatedClassedLists() {
        assertThat(ties("Norland Province keeps sister ties with the U.S. states of Idaho and Kansas and the Chinese "
                + "provinces of Hunan and Hebei.")).containsExactly("FRIENDSHIP [Idaho, Norland Province] ESTABLISHED ?",
                "FRIENDSHIP [Kansas, Norland Province] ESTABLISHED ?", "FRIENDSHIP [Hunan, Norland Province] ESTABLISHED ?",
                "FRIENDSHIP [Hebei, Norland Province] ESTABLISHED ?");
    }

    @Test
    void readsAnOwnedCollaborationDatedBackAsACooperationTie() {
        assertThat(ties("Nara's cooperation with Busan began in 2015, when both cities joined a port network."))
                .containsExactly("COOPERATION [Busan, Nara] ESTABLISHED 2015");
        assertThat(ties("Kyoto's cooperation with Hue could grow.")).isEmpty();
    }

    @Test
    void readsAnEstablishedSisterhoodWithItsYear() {
        assertThat(ties("Gifu Prefecture and the U.S. state of Idaho established their sisterhood 30 years ago in 1990."))
                .containsExactly("FRIENDSHIP [Gifu Prefecture, Idaho] ESTABLISHED 1990");
    }

    @Test
    void readsTheTieFormedByTheStorysFriendshipAgreement() {
        assertThat(ties("On 9 May 2018, Lyon and the German city of Ulm signed a sister city agreement."))
                .contains("FRIENDSHIP [Lyon, Ulm] ESTABLISHED 2018-05-09");
    }

    @Test
    void readsATieEstablishedWithoutATieWord() {
        assertThat(ties("Over the last three years, the Leeds Chamber of Commerce and the Sendai Chamber of Commerce have "
                + "established a trusted relationship.")).containsExactly(
                "COOPERATION [Leeds Chamber of Commerce, Sendai Chamber of Commerce] ESTABLISHED ?");
    }

    @Test
    void readsATieNamedAfterASigningAsTheSignersTie() {
        assertThat(ties("The city of Sendai signed a memorandum with the Lisbon Water Office and the Porto Water Agency in "
                + "2024, renewing a cooperative relationship begun in 1998.")).containsExactly(
                "COOPERATION [Lisbon Water Office, Sendai] ESTABLISHED 1998");
    }

    @Test
    void readsAScheduledTieAsProposed() {
        assertThat(ties("The visit will start with the sisterhood establishment between Kofu and Lyon scheduled for the "
                + "first day.")).containsExactly("FRIENDSHIP [Kofu, Lyon] PROPOSED ?");
    }

    @Test
    void readsTheProvincialGovernmentsSisterRelationships() {
        assertThat(ties("Norland Province welcomed the guests. The provincial government inked sister relationships with the "
                + "US states of Vermont and Ohio.")).containsExactly("FRIENDSHIP [Norland Province, Vermont] ESTABLISHED ?",
                "FRIENDSHIP [Norland Province, Ohio] ESTABLISHED ?");
    }

    @Test
    void readsCooperationBetweenTwoListedLocalitiesAsATie() {
        assertThat(ties("The programme includes close cooperation between Nerima City and Penang City in smart cities."))
                .containsExactly("COOPERATION [Nerima City, Penang City] ESTABLISHED ?");
    }

    @Test
    void rejectsCooperationBetweenALocalityAndACountry() {
        assertThat(ties("Guests gathered to witness a new chapter in cultural cooperation between Sichuan and Japan.")).isEmpty();
    }

    @Test
    void readsATieWantedByTheVerbItDependsOnAsProposed() {
        assertThat(ties("It has also been agreed to develop Hue as a sister city of Nara Prefecture."))
                .containsExactly("FRIENDSHIP [Hue, Nara Prefecture] PROPOSED ?");
    }

    @Test
    void rejectsATieWhoseSecondPartnerIsNotNamed() {
        assertThat(ties("The consulate in Velmora, South Tarsen, is studying sister city cooperation between Port Elvin and a "
                + "number of cities in Norway.")).isEmpty();
    }

    @Test
    void leavesOutSuspendedSisterCityTies() {
        assertThat(ties("Vaasa City suspended its sister-city ties with Umea City in March 2022.")).isEmpty();
    }

    @Test
    void leavesOutFriendshipTiesCutOff() {
        assertThat(ties("Pori City cut its friendship ties with Narva City in 2022.")).isEmpty();
    }

    @Test
    void leavesOutATieWhoseAgreementWasCancelled() {
        assertThat(ties("The friendship agreement between Kotka City and Hamina City was cancelled last year."))
                .noneMatch(t -> t.contains("ESTABLISHED"));
    }

    @Test
    void leavesOutATieNeverSigned() {
        assertThat(ties("Tartu City has not signed a sister-city agreement with Kobe City.")).noneMatch(t -> t.contains("ESTABLISHED"));
    }

    @Test
    void readsATieHopedForAsProposed() {
        assertThat(ties("Joensuu City hopes to establish a sister-city relationship with Tver City."))
                .containsExactly("FRIENDSHIP [Joensuu City, Tver City] PROPOSED ?");
    }

    @Test
    void readsATieProposedAsProposed() {
        assertThat(ties("Mayor Virta proposed a sister-city relationship between Mikkeli City and Sortavala City."))
                .containsExactly("FRIENDSHIP [Mikkeli City, Sortavala City] PROPOSED ?");
    }

    @Test
    void readsATieUnderConsiderationAsProposed() {
        assertThat(ties("Porvoo City is considering sister-city ties with Nagasaki City."))
                .containsExactly("FRIENDSHIP [Nagasaki City, Porvoo City] PROPOSED ?");
    }

    @Test
    void keepsATieAlreadyThereUnderAFutureVerbEstablished() {
        assertThat(ties("Ulsan City and Varna City will celebrate the 30th anniversary of their sister-city ties next month."))
                .containsExactly("FRIENDSHIP [Ulsan City, Varna City] ESTABLISHED ?");
    }
}
