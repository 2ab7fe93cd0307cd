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
    void readsNoSecondAgreementInThePurposeOfASigning() {
        assertThat(agreements("On May 10th, 2016, the Ohio Office of Export Development signed a memorandum of "
                + "understanding with Korea Trade Promotion Agency to forge a partnership agreement between Korea and the "
                + "State of Ohio.")).containsExactly("MOU [Korea Trade Promotion Agency, Ohio Office of Export Development] "
                + "2016-05-10");
    }

    @Test
    void readsANominalSigningOfADeclarationOfIntentWithItsSubjectBeforeBetween() {
        assertThat(agreements("March 1, 2023\n\nThe signing of a Joint Declaration of Intent about vocational training "
                + "and nursing between Ontario and Gujarat took place on February 26, at the Governor's House."))
                .containsExactly("OTHER [Gujarat, Ontario] 2023-02-26");
    }

    @Test
    void readsAnInvestmentDealInkedByAGovernorForTheirProvince() {
        assertThat(agreements("Chungcheong Province Governor Park Min-ho visited Texas last week. Governor Park Min-ho also "
                + "inked an investment deal worth 300 billion won with Helix Chemicals, a Houston-based firm."))
                .containsExactly("OTHER [Chungcheong Province, Helix Chemicals] ?");
    }

    @Test
    void readsNoDealWhoseSignerTheSentenceLeavesUnnamed() {
        assertThat(agreements("The delegation also inked an investment deal worth 300 billion won with Helix Chemicals."))
                .isEmpty();
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

    @Test
    void keepsTheFullNameOfTheFreeStateOfBavaria() {
        assertThat(agreements("MUNICH, May 7, 2025 - Shizuoka Prefecture and the Free State of Bavaria signed a memorandum "
                + "of understanding on medical technology on Tuesday."))
                .containsExactly("MOU [Free State of Bavaria, Shizuoka Prefecture] 2025-05-06");
    }

    @Test
    void keepsTheFullNameOfASpecialRegionAndOfACityOfAPlace() {
        assertThat(agreements("JAKARTA, May 7, 2025 - The Special Region of Aceh and the City of Sendai signed a cooperation "
                + "agreement on disaster risk reduction on Tuesday."))
                .containsExactly("COOPERATION_AGREEMENT [City of Sendai, Special Region of Aceh] 2025-05-06");
    }

    @Test
    void keepsAnAmpersandInsideAnAgencyName() {
        assertThat(agreements("SEOUL, May 7, 2025 - The Incheon Technology & Startup Agency and the Osaka Innovation Hub "
                + "signed a memorandum of understanding on Tuesday."))
                .containsExactly("MOU [Incheon Technology & Startup Agency, Osaka Innovation Hub] 2025-05-06");
    }

    @Test
    void readsAgreementConcludedByTheTwoPorts() {
        assertThat(agreements("ANTWERP, 9 May 2025 - Officials of the Port of Antwerp Authority met the Nagoya Port "
                + "Authority on Monday. The two ports concluded a cooperation agreement on shore power on 8 May."))
                .containsExactly("COOPERATION_AGREEMENT [Nagoya Port Authority, Port of Antwerp Authority] 2025-05-08");
    }

    @Test
    void readsTheShortReferenceThePortsWithAnAsideBeforeTheVerb() {
        assertThat(agreements("ANTWERP, 9 May 2025 - The Port of Antwerp Authority had hoped to sign an MOU with the "
                + "Nagoya Port Authority. The ports did, however, conclude a cooperation agreement on data on 8 May."))
                .containsExactly("COOPERATION_AGREEMENT [Nagoya Port Authority, Port of Antwerp Authority] 2025-05-08");
    }

    @Test
    void readsARenewedMemorandumAsAnAgreement() {
        assertThat(agreements("OSAKA, May 7, 2025 - The City of Osaka and the Penang Island City Council renewed their "
                + "memorandum of understanding on waste management on Tuesday."))
                .containsExactly("MOU [City of Osaka, Penang Island City Council] 2025-05-06");
    }

    @Test
    void readsAnExtendedSisterCityAgreementButNotAnExtendedWelcome() {
        assertThat(agreements("HUE, May 7, 2025 - Hue and Kanazawa extended their sister-city agreement on Tuesday."))
                .containsExactly("FRIENDSHIP_AGREEMENT [Hue, Kanazawa] 2025-05-06");
        assertThat(agreements("HUE, May 7, 2025 - Hue extended a warm welcome to Kanazawa, whose agreement with Kyoto "
                + "dates from 1999.")).isEmpty();
    }

    @Test
    void readsAConcludedPartnershipAgreementAsACooperationAgreement() {
        assertThat(agreements("NAGOYA, May 7, 2025 - Gifu Prefecture and the Free State of Thuringia concluded a "
                + "partnership agreement on vocational training on Tuesday."))
                .containsExactly("COOPERATION_AGREEMENT [Free State of Thuringia, Gifu Prefecture] 2025-05-06");
    }

    @Test
    void readsAFrameworkAgreement() {
        assertThat(agreements("NANNING, May 7, 2025 - Guangxi and Kagoshima signed a framework agreement on port logistics "
                + "on Tuesday.")).containsExactly("COOPERATION_AGREEMENT [Guangxi, Kagoshima] 2025-05-06");
    }

    @Test
    void readsAnInvestmentAgreementAndAnAgreementToBuildAsOtherAgreements() {
        assertThat(agreements("BILBAO, May 7, 2025 - Sakai Marine Works said it had signed an investment agreement with the "
                + "Port of Gijon on Tuesday.")).containsExactly("OTHER [Port of Gijon, Sakai Marine Works] 2025-05-06");
        assertThat(agreements("HAIKOU, May 7, 2025 - Kagoshima-based Satsuma Reito signed an agreement with the Sanya "
                + "Economic Development Zone to build a cold storage warehouse on Tuesday."))
                .containsExactly("OTHER [Sanya Economic Development Zone, Satsuma Reito] 2025-05-06");
    }

    @Test
    void keepsTwoMemorandaOfTheSamePartiesSignedInDifferentYears() {
        assertThat(agreements("HUE, May 7, 2025 - Hue and Kanazawa signed a memorandum on heritage conservation in 2016. On "
                + "Tuesday, the two cities signed a new memorandum on tourism.")).containsExactlyInAnyOrder(
                "MOU [Hue, Kanazawa] 2016", "MOU [Hue, Kanazawa] 2025-05-06");
    }

    @Test
    void rejectsAimToConclude() {
        assertThat(agreements("BUSAN, May 7, 2025 - The Busan Port Authority and the Port of Le Havre aim to conclude an "
                + "agreement on green shipping next year.")).isEmpty();
    }

    @Test
    void rejectsAgreementsFailedInTalksOrStillDrafts() {
        assertThat(agreements("HANOI, May 7, 2025 - Hai Phong and Niigata failed to agree on a memorandum on Tuesday."))
                .isEmpty();
        assertThat(agreements("HANOI, May 7, 2025 - Hai Phong and Niigata are in talks to sign a memorandum on ports."))
                .isEmpty();
        assertThat(agreements("HANOI, May 7, 2025 - Hai Phong and Niigata signed a draft memorandum on ports on Tuesday."))
                .isEmpty();
        assertThat(agreements("HANOI, May 7, 2025 - A memorandum between Hai Phong and Niigata on ports is under "
                + "discussion, officials said, and could be signed in June.")).isEmpty();
    }

    @Test
    void readsNoSigningInAStudentExchangeProgramme() {
        assertThat(agreements("NAGOYA, May 7, 2025 - Gifu and Thuringia are planning a student exchange programme but have "
                + "not set a date for an agreement.")).isEmpty();
    }

    @Test
    void readsACapitalisedMemorandumWithAPartnerAndItsTopics() {
        assertThat(facts("Lindholm City has signed a Memorandum of Understanding with Varkaus Prefecture on trade, tourism "
                + "and education.", Agreement.class)).singleElement().satisfies(a -> {
                    assertThat(a.parties().stream().map(EntityRef::name)).containsExactly("Lindholm City", "Varkaus Prefecture");
                    assertThat(a.fields()).containsExactly("trade", "tourism", "education");
                });
    }

    @Test
    void readsPassiveSigningBetweenParties() {
        assertThat(agreements("An MoU (Memorandum of Understanding) was signed by Corvale Chamber of Commerce (CCC) "
                + "and Tamsin Chamber of Commerce and Industry (TCCI) in April 2018."))
                .containsExactly("MOU [Corvale Chamber of Commerce, Tamsin Chamber of Commerce and Industry] 2018-04");
    }

    @Test
    void readsASigningCeremonyForAMemorandumBetweenParties() {
        assertThat(agreements("On 7 May 2022, a signing ceremony for a Memorandum of Understanding (MoU) between Ferrow City "
                + "and Lindal Prefecture took place in the town hall.")).containsExactly("MOU [Ferrow City, Lindal Prefecture] 2022-05-07");
    }

    @Test
    void readsAThreePartyMemorandumWithCoordinatedPartners() {
        assertThat(agreements("The city of Ostrava signed a Memorandum of Understanding with the Ministry of Water Resources "
                + "and the Brno Water Business Association in June 2024.")).containsExactly(
                "MOU [Brno Water Business Association, Ministry of Water Resources, Ostrava] 2024-06");
    }

    @Test
    void readsATitledMemorandumThatEstablishesFriendlyRelationsAsAFriendshipAgreement() {
        assertThat(agreements("On April 9, 2014, a Friendly Exchange Relations Establishment Memorandum of Understanding was "
                + "signed between Harwick City and the Danish city of Selborg.")).containsExactly("FRIENDSHIP_AGREEMENT [Harwick City, Selborg] 2014-04-09");
    }

    @Test
    void readsEachPactWithItsOwnYear() {
        assertThat(agreements("Norland Province and Westmark Prefecture signed a pact of tourism in 2001 and a pact of "
                + "industrial exchanges in 2007.")).containsExactly("OTHER [Norland Province, Westmark Prefecture] 2001",
                "OTHER [Norland Province, Westmark Prefecture] 2007");
    }

    @Test
    void readsOneMemorandumPerListedYear() {
        assertThat(agreements("Ravenna County and Brixton Prefecture have concluded MoUs in 1995, 2004 and 2016.")).containsExactly(
                "MOU [Brixton Prefecture, Ravenna County] 1995", "MOU [Brixton Prefecture, Ravenna County] 2004",
                "MOU [Brixton Prefecture, Ravenna County] 2016");
    }

    @Test
    void readsTheBodiesOwnedByPossessivePlacesAsParties() {
        assertThat(agreements("The governors of South Korea's Gangwon Province and Japan's Tottori Prefecture signed a pact "
                + "on a sister relationship in 1994.")).containsExactly("FRIENDSHIP_AGREEMENT [Gangwon Province, Tottori Prefecture] 1994");
    }

    @Test
    void readsLocatedRegionsAsPartiesNotTheirCountries() {
        assertThat(agreements("The Maule region of Chile and the Hunan province of China signed an agreement on trade in 2019."))
                .containsExactly("COOPERATION_AGREEMENT [Hunan province, Maule] 2019");
    }

    @Test
    void readsASubjectBeforeAWeekdayAndAReportedSigning() {
        assertThat(agreements("The Velmora Chamber of Commerce on Thursday said it signed a memorandum of understanding with "
                + "Osterby Prefectural Government and The Osterby Prefectural Federation of Industry, Norway in 2017.")).containsExactly(
                "MOU [Osterby Prefectural Government, The Osterby Prefectural Federation of Industry, Velmora Chamber of Commerce] 2017");
    }

    @Test
    void readsAnAgreementMadeBetweenParties() {
        assertThat(agreements("A fresh cooperation agreement was made between Nerima City and Penang City in 2021."))
                .containsExactly("COOPERATION_AGREEMENT [Nerima City, Penang City] 2021");
    }

    @Test
    void rejectsPlannedAndWishedSignings() {
        assertThat(agreements("Delft City will sign a memorandum of understanding with Kagoshima Prefecture next month. "
                + "Arles plans to sign a cooperation agreement with Nagano Prefecture. The ministry expects Shiga Prefecture and "
                + "Hunan Province to sign a memorandum. Tampere did not sign the MoU with Okayama Prefecture.")).isEmpty();
    }

    @Test
    void keepsAPartyWhoseNameBeginsWithAnotherPartysPlace() {
        assertThat(agreements("The city of Sendai signed a memorandum with the Lisbon Water Office and the Sendai Water Business "
                + "Association in 2024.")).containsExactly("MOU [Lisbon Water Office, Sendai, Sendai Water Business Association] 2024");
    }

    @Test
    void readsTheStorysRetellingOfAHeadlineAgreement() {
        assertThat(agreements("Lyon and Kofu Sign Friendship City Agreement\n\nLyon City and Kofu City officially signed the "
                + "Friendship City Agreement with Kofu City in 2019. Separately, Lyon signed a memorandum with Busan in 2015."))
                .contains("FRIENDSHIP_AGREEMENT [Kofu City, Lyon City] 2019");
    }

    @Test
    void readsAnAgreementNamedByATitleCaseTitleBeforeItsBetweenList() {
        assertThat(agreements("Minister Varga handed over the signed copy of Agreement on the Founding of Sister Province "
                + "Relations between Northern Province of the Republic of Malawi and Vessen Province in 2021."))
                .containsExactly("FRIENDSHIP_AGREEMENT [Northern Province, Vessen Province] 2021");
    }

    @Test
    void keepsASigningWhoseStoryDateLiesAfterTheArticlesDate() {
        assertThat(agreements("MARLOW, 12 March 2024 - The delegation will arrive on 15 March 2024.\n\nMinister Varga handed "
                + "over the signed copy of Agreement on the Founding of Sister Province Relations between Northern "
                + "Province and Vessen Province.")).containsExactly("FRIENDSHIP_AGREEMENT [Northern Province, Vessen Province] ?");
    }

    @Test
    void rejectsASigningThatIsThePurposeOfAPlannedVisit() {
        assertThat(agreements("Nagano Governor Abe Shuichi will visit Hue for three days from May 2 to sign a memorandum of "
                + "understanding with Vietnamese officials.")).isEmpty();
    }

    @Test
    void readsAMemorandumOfAgreementAsAnAgreementOfItsOwnKind() {
        assertThat(agreements("Toyama Prefecture and Ninh Binh Province signed a memorandum of agreement on craft villages."))
                .containsExactly("OTHER [Ninh Binh Province, Toyama Prefecture] ?");
    }

    @Test
    void readsEnteringIntoAMemorandumAsASigning() {
        assertThat(agreements("The Penang Chamber of Commerce and the Fukui Chamber of Commerce and Industry entered into a "
                + "memorandum of understanding to promote business matching.")).containsExactly(
                "MOU [Fukui Chamber of Commerce and Industry, Penang Chamber of Commerce] ?");
    }

    @Test
    void doesNotTakeEnteringIntoForceAsASigning() {
        assertThat(agreements("The trade agreement between Oita and Chiang Rai entered into force in May 2021.")).isEmpty();
    }

    @Test
    void readsThePartiesAfterThePassiveBy() {
        assertThat(agreements("A sister-city agreement was signed by Matsuyama and Kandy in 1999."))
                .containsExactly("FRIENDSHIP_AGREEMENT [Kandy, Matsuyama] 1999");
    }

    @Test
    void doesNotTakeAHedgeWordInsideTheSignersNameAsAHedge() {
        assertThat(agreements("Hoshi Bank and the Tay Ninh Department of Planning and Investment signed an MOU on green "
                + "finance.")).containsExactly("MOU [Hoshi Bank, Tay Ninh Department of Planning and Investment] ?");
    }

    @Test
    void stillReadsAPlanToSignBeforeTheSignersName() {
        assertThat(agreements("Officials hope Hoshi Bank and Tay Ninh Province sign an MOU soon.")).isEmpty();
    }

    @Test
    void readsASisterhoodAgreementAsAFriendshipAgreement() {
        assertThat(agreements("Ulsan Metropolitan City concluded a sisterhood agreement with Bengkulu Province in 2016."))
                .containsExactly("FRIENDSHIP_AGREEMENT [Bengkulu Province, Ulsan Metropolitan City] 2016");
    }
}
