package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Investment;

class InvestmentStageTest {

    private static List<String> investments(String text) {
        return facts(text, Investment.class).stream().map(i -> i.investor().name() + " -> " + i.destination().name() + " "
                + i.amount().amount().stripTrailingZeros().toPlainString() + " " + i.kind() + " " + i.rank().map(r -> "#" + r)
                .orElse("")).map(String::strip).toList();
    }

    @Test
    void readsEachClauseOfASentenceWithTwoSums() {
        assertThat(investments("NAGOYA, April 23, 2024 - Tokai Valve will build a valve plant in Kunshan Hi-tech Zone with "
                + "a total investment of 1.5 billion yuan, while Mikawa Foods will invest RMB 300 million in a kitchen in "
                + "Wujiang District."))
                .containsExactly("Tokai Valve -> Kunshan Hi-tech Zone 1500000000 PROJECT",
                        "Mikawa Foods -> Wujiang District 300000000 PLEDGE");
    }

    @Test
    void readsTheBuilderNamedWellAfterTheSum() {
        assertThat(investments("SAPPORO, January 22, 2025 - Five projects were signed, including a 680 million yuan dairy "
                + "processing plant in Qiqihar to be built by Sapporo-based Kitaboku Milk."))
                .containsExactly("Kitaboku Milk -> Qiqihar 680000000 PROJECT");
    }

    @Test
    void readsTheOwnerOfASourceOfInvestmentAsTheDestinationWithItsRank() {
        assertThat(investments("SEMARANG, August 8, 2024 - Japan was Central Java's third-largest source of foreign direct "
                + "investment last year, with realised investment of US$214 million."))
                .containsExactly("Japan -> Central Java 214000000 PROJECT #3");
    }

    @Test
    void readsTheDistrictOfACityAsTheDestination() {
        assertThat(investments("SURABAYA, October 15, 2024 - Kitakyushu-based Hibiki Kankyo Service opened a Rp 450 billion "
                + "sorting plant in the city's Benowo district last year."))
                .containsExactly("Hibiki Kankyo Service -> Benowo district 450000000000 PROJECT");
    }

    @Test
    void readsInvestmentApplicationsAsPledges() {
        assertThat(investments("RAYONG, January 23, 2025 - Japanese investors accounted for 142 billion baht of investment "
                + "promotion applications in the Eastern Economic Corridor last year, ranking first among foreign investors."))
                .containsExactly("Japan -> Eastern Economic Corridor 142000000000 PLEDGE #1");
    }

    @Test
    void neverTakesACurrencyAsInvestor() {
        assertThat(investments("GEORGE TOWN, May 7, 2025 - Penang has drawn RM 8.4 billion of Japanese investment since 2015."))
                .containsExactly("Japan -> Penang 8400000000 PROJECT");
        assertThat(investments("SHAH ALAM, May 7, 2025 - Japan remained Selangor's largest source of investment last year, "
                + "with approved investments of RM 3.1 billion.")).containsExactly("Japan -> Selangor 3100000000 PLEDGE #1");
    }

    @Test
    void neverTakesTheWordsOfASumAsTheDestination() {
        assertThat(investments("HANOI, May 7, 2025 - Taiwanese companies have invested a cumulative 41 billion US dollars "
                + "in Vietnam.")).containsExactly("Taiwan -> Vietnam 41000000000 FDI_TOTAL");
    }

    @Test
    void readsMoneyWrittenInWords() {
        assertThat(investments("HANOI, May 7, 2025 - Seoul Optics announced plans to invest two hundred million dollars in a "
                + "lens plant in Thai Nguyen.")).containsExactly("Seoul Optics -> Thai Nguyen 200000000 PLEDGE");
        assertThat(investments("YOGYAKARTA, May 7, 2025 - Hagi Kiln said it would put forty-five million dollars into a "
                + "workshop in Sleman.")).containsExactly("Hagi Kiln -> Sleman 45000000 PLEDGE");
        assertThat(investments("LUCKNOW, May 7, 2025 - Japanese companies have committed investments of over five thousand "
                + "crore rupees in Uttar Pradesh.")).containsExactly("Japan -> Uttar Pradesh 50000000000 PLEDGE");
    }

    @Test
    void readsThePartnerOfAnInvestmentAgreementAsTheDestination() {
        assertThat(investments("BILBAO, May 7, 2025 - Osaka shipbuilder Naniwa Zosen signed an investment agreement with the "
                + "Port of Gijon to build a EUR 40 million quay.")).containsExactly("Naniwa Zosen -> Port of Gijon 40000000 PROJECT");
    }

    @Test
    void readsAPlantNearACityAsItsDestination() {
        assertThat(investments("MUNICH, May 7, 2025 - Mikawa Battery said it would invest 60 million euros in a plant near "
                + "Ingolstadt.")).containsExactly("Mikawa Battery -> Ingolstadt 60000000 PLEDGE");
    }

    @Test
    void readsTheExportsOfAPlaceToAnother() {
        assertThat(investments("YOGYAKARTA, May 7, 2025 - Exports of Bali handicrafts to Japan reached US$ 52 million last year."))
                .containsExactly("Bali -> Japan 52000000 TRADE");
    }

    @Test
    void rejectsASumConsideredEarlyInItsClause() {
        assertThat(investments("HUE, May 7, 2025 - Wajima Lacquer is considering opening a workshop and a showroom in Hue worth "
                + "around VND 90 billion.")).isEmpty();
    }

    @Test
    void readsTheForeignPartnerOfATwoWayTradeVolumeAsInvestorAndTheReverseAfter() {
        assertThat(investments("KOCHI, March 3, 2025 - Kerala's total trade with Germany in 2019 stood at US$ 800 million, up "
                + "from US$ 640.5 million in 2018.")).containsExactly("Germany -> Kerala 800000000 TRADE",
                "Kerala -> Germany 800000000 TRADE", "Germany -> Kerala 640500000 TRADE", "Kerala -> Germany 640500000 TRADE");
        assertThat(investments("KOCHI, March 3, 2025 - Trade between Kerala and Bremen reached 70 billion rupees in 2020."))
                .containsExactly("Bremen -> Kerala 70000000000 TRADE", "Kerala -> Bremen 70000000000 TRADE");
    }

    @Test
    void readsTheExporterOfImportsAsInvestor() {
        assertThat(investments("MACAU, March 3, 2025 - Macau imports from Portugal grew 12 per cent to US$1.2 billion."))
                .containsExactly("Portugal -> Macau 1200000000 TRADE");
    }

    @Test
    void readsTheHomeOfTheArticleAsTheUnnamedSideOfTrade() {
        assertThat(investments("KOCHI, March 3, 2025 - Kerala's total trade with Germany stood at US$ 800 million. Since 2010, "
                + "total trade with Germany has grown from US$ 300 million.")).containsExactly(
                "Germany -> Kerala 800000000 TRADE", "Kerala -> Germany 800000000 TRADE", "Germany -> Kerala 300000000 TRADE",
                "Kerala -> Germany 300000000 TRADE");
    }

    @Test
    void readsBilateralTradeBetweenThePairOfATradingPartnerSentence() {
        assertThat(investments("TAIPEI, March 3, 2025 - Vietnam is Taiwan's fourth-largest trading partner. In the first half of "
                + "2024, bilateral trade rose 12 per cent to US$9.1 billion.")).containsExactly("Vietnam -> Taiwan 9100000000 TRADE",
                "Taiwan -> Vietnam 9100000000 TRADE");
    }

    @Test
    void readsNoTradeFromABodyNamedForIt() {
        assertThat(investments("ALOR SETAR, March 3, 2025 - Beside the Bavarian Trade Office, he praised the FRG's investment "
                + "worth RM3 billion in Kedah.")).containsExactly("FRG -> Kedah 3000000000 PROJECT");
    }

    @Test
    void readsTheOwnerOfAnInvestmentWorthASum() {
        assertThat(investments("HA LONG, March 3, 2025 - At a meeting with Kim Min Jae, head of the Mapo District Office in Seoul, "
                + "the governor praised Thailand's investment worth $573 million in Quang Ninh.")).containsExactly(
                "Thailand -> Quang Ninh 573000000 PROJECT");
    }

    @Test
    void readsEachInvestorOfAListWithItsSumInBrackets() {
        assertThat(investments("KUCHING, March 3, 2025 - Sarawak recorded RM9.1 billion in approved investments in 2024. The top "
                + "three sources of foreign investment were Germany (RM3.2 billion), Singapore (RM1.5 billion) and Norway "
                + "(RM0.9 billion).")).containsExactly("Germany -> Sarawak 3200000000 PROJECT #1",
                "Singapore -> Sarawak 1500000000 PROJECT #2", "Norway -> Sarawak 900000000 PROJECT #3");
    }

    @Test
    void readsAListOfInvestorsFollowingTheLargest() {
        assertThat(investments("KUCHING, March 3, 2025 - Investment in Sarawak grew. The largest foreign investor was Germany "
                + "with RM3.2 billion, followed by Singapore (RM1.5 billion) and Norway (RM0.9 billion).")).containsExactly(
                "Germany -> Sarawak 3200000000 PROJECT #1", "Singapore -> Sarawak 1500000000 PROJECT #2",
                "Norway -> Sarawak 900000000 PROJECT #3");
    }

    @Test
    void keepsTheRankOfAnUnnamedEntryOfAList() {
        assertThat(investments("PALANGKA RAYA, March 3, 2025 - Investment in Central Kalimantan rose. The four largest sources of "
                + "FDI were Malaysia with total investment of US $ 120.5 million, Singapore US $ 80.2 million, US $ 33.01 "
                + "million and India US $ 12, 4 million.")).containsExactly(
                "Malaysia -> Central Kalimantan 120500000 PROJECT #1", "Singapore -> Central Kalimantan 80200000 PROJECT #2",
                "India -> Central Kalimantan 12400000 PROJECT #4");
    }

    @Test
    void readsADemonymBeforeAnInvestmentNounAsTheInvestor() {
        assertThat(investments("TAN AN, March 3, 2025 - Long An now counts 212 Korean foreign direct investment (FDI) projects, "
                + "whose combined registered capital exceeds US$3.4 billion.")).containsExactly("South Korea -> Long An 3400000000 FDI_TOTAL");
    }

    @Test
    void neverTakesTheWholeASumIsAShareOfAsItsInvestor() {
        assertThat(investments("IPOH, March 3, 2025 - Perak recorded RM4.9 billion in approved manufacturing investments in the "
                + "first half of 2025, accounting for 11 per cent of Malaysia's total.")).isEmpty();
    }

    @Test
    void rejectsRevenueAidAndLoans() {
        assertThat(investments("OSAKA, March 3, 2025 - Kansai Denki reported revenue of 2.3 trillion yen for the year, while its "
                + "new plant cost nothing.")).isEmpty();
        assertThat(investments("DA NANG, March 3, 2025 - Japan's Official Development Assistance (ODA) to the city totalled "
                + "US$500 million, funding a drainage project.")).isEmpty();
    }

    @Test
    void readsTheDatelinePlaceAsDestinationWhenTheStoryNamesItToo() {
        assertThat(investments("PENANG, March 3, 2025 - Penang attracted record investment in 2024. Germany was the largest "
                + "investor with RM3.6 billion, followed by the Netherlands (RM2.1 billion).")).containsExactly(
                "Germany -> Penang 3600000000 PROJECT #1", "Netherlands -> Penang 2100000000 PROJECT #2");
    }

    @Test
    void readsTheRankOfACountryAmongThoseInvestingInAPlace() {
        assertThat(investments("BAC NINH, March 3, 2025 - Currently, South Korea ranks first among 42 countries and territories "
                + "investing in Bac Ninh province with 1,250 projects and total registered capital of 21 billion 350 million "
                + "USD.")).containsExactly("South Korea -> Bac Ninh province 21350000000 FDI_TOTAL #1");
    }

    @Test
    void readsThePlaceExportsComeFromAsInvestor() {
        assertThat(investments("KUNMING, March 3, 2025 - Exports from Yunnan to Thailand were worth 20 billion yuan last year."))
                .containsExactly("Yunnan -> Thailand 20000000000 TRADE");
    }

    @Test
    void neverGivesASumTheInvestorOfTheNextSum() {
        assertThat(investments("HO CHI MINH CITY, March 3, 2025 - In 2024, Binh Duong attracted US$ 3.5 billion in FDI, with "
                + "Singapore leading at US$ 1.2 billion.")).containsExactly("Singapore -> Binh Duong 1200000000 FDI_TOTAL");
    }

    @Test
    void readsTradeBetweenTwoPlacesJoinedByADash() {
        assertThat(investments("HANOI, March 3, 2025 - Vietnam-Japan trade turnover reached US$ 46 billion in 2024.")).containsExactly(
                "Japan -> Vietnam 46000000000 TRADE", "Vietnam -> Japan 46000000000 TRADE");
        assertThat(investments("VIENTIANE, March 3, 2025 - Laos\u2013Thailand trade reached US$ 8 billion in 2024.")).containsExactly(
                "Thailand -> Laos 8000000000 TRADE", "Laos -> Thailand 8000000000 TRADE");
    }

    @Test
    void readsTheOwnerOfAnExportTurnover() {
        assertThat(investments("HANOI, March 3, 2025 - Export turnover of Bac Giang to Japan reached US$ 1.1 billion last year."))
                .containsExactly("Bac Giang -> Japan 1100000000 TRADE");
    }

    @Test
    void readsTheTopInvestorAsFirst() {
        assertThat(investments("HANOI, March 3, 2025 - South Korea is the top foreign investor in Vietnam with total registered "
                + "capital of nearly US$ 87 billion.")).containsExactly("South Korea -> Vietnam 87000000000 FDI_TOTAL #1");
    }

    @Test
    void readsAListWhoseContextIsTheSentenceBefore() {
        assertThat(investments("DA NANG, March 3, 2025 - Foreign investment in Da Nang rose. Japan led with US$ 1.2 billion, "
                + "followed by South Korea with US$ 800 million and Singapore with US$ 500 million.")).containsExactly(
                "Japan -> Da Nang 1200000000 PROJECT #1", "South Korea -> Da Nang 800000000 PROJECT #2",
                "Singapore -> Da Nang 500000000 PROJECT #3");
    }

    @Test
    void readsTheCountryAfterEachSumAsItsDestination() {
        assertThat(investments("NAGOYA, March 3, 2025 - Toyota Tsusho invested US$ 1.2 billion in Thailand and US$ 800 million "
                + "in Indonesia last year.")).containsExactly("Toyota Tsusho -> Thailand 1200000000 PROJECT",
                "Toyota Tsusho -> Indonesia 800000000 PROJECT");
    }

    @Test
    void readsTheSourceNamedAfterASumWithFrom() {
        assertThat(investments("BANGKOK, March 3, 2025 - Japanese investment in Thailand totalled 120 billion baht, compared "
                + "with 90 billion baht from China.")).containsExactly("Japan -> Thailand 120000000000 PROJECT",
                "China -> Thailand 90000000000 PROJECT");
    }

    @Test
    void readsNoListFromTheSumsOfPlacesThatReceiveThem() {
        assertThat(investments("HANOI, March 3, 2025 - Investment rose across the country. Hanoi's FDI reached US$ 2 billion and "
                + "Da Nang's US$ 1 billion, the ministry said.")).isEmpty();
    }

    @Test
    void readsARankedListWhoseEntryCarriesABracketedQualifier() {
        assertThat(investments("Tay Son province has drawn 204 FDI projects with total registered capital of 3.2 billion "
                + "USD. Singapore leads with 900 million USD, followed by Hong Kong (China) with 610 million USD and "
                + "Thailand with 400 million USD."))
                .containsExactly("Singapore -> Tay Son province 900000000 FDI_TOTAL #1",
                        "Hong Kong -> Tay Son province 610000000 FDI_TOTAL #2", "Thailand -> Tay Son province 400000000 FDI_TOTAL #3");
    }

    @Test
    void readsTheCompanyACountryOwnsAsTheInvestor() {
        assertThat(investments("Korea's Daemyung Textiles opened a US$45 million dyeing factory in Nam Dinh on Monday."))
                .containsExactly("Daemyung Textiles -> Nam Dinh 45000000 PROJECT");
    }

    @Test
    void readsASingleWordCompanyAfterAnIndustryDescriptor() {
        assertThat(investments("Swedish automaker Nordvik invested 2.1 billion yuan in a battery plant in Hefei."))
                .containsExactly("Nordvik -> Hefei 2100000000 PROJECT");
    }

    @Test
    void readsNoInvestorFromAListOfCountriesBesideATotal() {
        assertThat(investments("Total FDI into Kedah reached RM 9.4 billion in 2023, with Austria, Chile and Norway the "
                + "largest sources.")).isEmpty();
    }

    @Test
    void readsASumPledgedToDevelopAPark() {
        assertThat(investments("Filipino developer Marikina Land pledged 2.2 trillion dong to develop an industrial park in "
                + "Tay Ninh.")).containsExactly("Marikina Land -> Tay Ninh 2200000000000 PLEDGE");
    }

    @Test
    void readsMemorandaWorthASumAsPledges() {
        assertThat(investments("Assam signed MoUs worth Rs 900 crore with Muscat-based Bahr Shipping on Friday."))
                .containsExactly("Bahr Shipping -> Assam 9000000000 PLEDGE");
    }

    @Test
    void readsApprovedSumsAsPledges() {
        assertThat(investments("Dutch utility Veldstroom approved a EUR 300 million investment in solar farms in Binh Thuan."))
                .containsExactly("Veldstroom -> Binh Thuan 300000000 PLEDGE");
    }

    @Test
    void readsTheSubjectOfAPromiseToInvestOverItsApposition() {
        assertThat(investments("CHEONAN, April 2, 2025 - Hanul Logistics, a cold-chain operator owned by Meridian Holdings of "
                + "Singapore, has pledged to invest 2 trillion won in a storage hub in Chungcheong Province.")).containsExactly(
                "Hanul Logistics -> Chungcheong Province 2000000000000 PLEDGE");
    }

    @Test
    void readsTheCompanyAnOfficialSignedAnInvestmentDealWithAsTheInvestor() {
        assertThat(investments("CHEONAN, April 2, 2025 - Chungcheong Province courted investors abroad. The former South Korean "
                + "envoy later put his name to an investment deal worth 300 billion won with Delmont Chemicals, an Ohio-based "
                + "coatings maker.")).containsExactly("Delmont Chemicals -> Chungcheong Province 300000000000 PLEDGE");
    }

    @Test
    void readsAProvinceThatOwnsAnInvestmentAsItsInvestor() {
        assertThat(investments("KUNMING, April 2, 2025 - Officials said Yunnan's investment in Laos stood at $420 million by the "
                + "end of last year.")).containsExactly("Yunnan -> Laos 420000000 PROJECT");
    }

    @Test
    void readsNoInvestorWhenTheSourceIsOnlyCounted() {
        assertThat(investments("BUSAN, April 2, 2025 - The mayor of South Korea's second city secured 3 trillion won in "
                + "investment from three foreign firms during a roadshow last week.")).isEmpty();
        assertThat(investments("BUSAN, April 2, 2025 - Busan secured 3 trillion won in investment from three Japanese firms at "
                + "a roadshow last week.")).containsExactly("Japan -> Busan 3000000000000 PROJECT");
    }

    @Test
    void readsADemonymAsTheExporter() {
        assertThat(investments("LIMA, April 2, 2025 - Peru bought more rice abroad. Thai exports to Peru reached 800 million USD "
                + "last year.")).containsExactly("Thailand -> Peru 800000000 TRADE");
    }

    @Test
    void readsExportsWithNoMarketAsGoingToThePlaceTheSentencePairsWithTheExporter() {
        assertThat(investments("PERTH, April 2, 2025 - Western Australia renewed its sister-state tie with Hyogo. Japan counts "
                + "among the biggest buyers from Western Australia, with exports of 30 billion Australian dollars in 2024, "
                + "according to the state's figures.")).containsExactly("Western Australia -> Japan 30000000000 TRADE");
    }

    @Test
    void readsAFundedProjectOfADemonymAsTheCountrysMoneyAbroad() {
        assertThat(investments("OSAKA, April 2, 2025 - A Hefei delegation held an investment fair in Osaka, where 9 "
                + "Japanese-funded projects with a total investment of 3.1 billion yuan were signed. Hefei hopes for more.")).containsExactly(
                "Japan -> Hefei 3100000000 PROJECT");
    }

    @Test
    void neverTakesTheNameOfAnOccasionAsInvestor() {
        assertThat(investments("CAN THO, April 2, 2025 - Deals worth US$ 3 billion were signed at the Mekong Delta Investment "
                + "Forum in Can Tho on Monday.")).isEmpty();
    }

    @Test
    void rejectsASumInAParticiplePhraseOfAHedgedClause() {
        assertThat(investments("BHOPAL, April 2, 2025 - Officials hope the agreements with Kestrel Motors and other firms will be "
                + "finalised at next month's meet in Indore, bringing in Rs 2 lakh crore of investment.")).isEmpty();
    }

    @Test
    void rejectsASumAPlaceOnlyAimsToAttract() {
        assertThat(investments("HANOI, April 2, 2025 - Thai Binh aims to attract US$ 2 billion from Korean investors by 2030."))
                .isEmpty();
    }

    @Test
    void readsTheCompanyASumWasAttractedFrom() {
        assertThat(investments("HAI PHONG, April 2, 2025 - Hai Phong attracted US$ 1.2 billion from Kestrel Motors last year."))
                .containsExactly("Kestrel Motors -> Hai Phong 1200000000 FDI_TOTAL");
    }

    @Test
    void readsExportsWrittenAsAVerb() {
        assertThat(investments("LIMA, April 2, 2025 - Thailand exported goods worth 800 million USD to Peru last year, and "
                + "Vietnam shipped 300 million USD worth of coffee to Chile.")).containsExactly(
                "Thailand -> Peru 800000000 TRADE", "Vietnam -> Chile 300000000 TRADE");
    }

    @Test
    void readsTheDemonymOfAnImporter() {
        assertThat(investments("BANGKOK, April 2, 2025 - Peruvian imports from Thailand reached 800 million USD."))
                .containsExactly("Thailand -> Peru 800000000 TRADE");
    }

    @Test
    void readsTheDemonymOfImportedGoodsAsTheExporter() {
        assertThat(investments("LIMA, April 2, 2025 - Peru imported 800 million USD worth of Thai rice last year."))
                .containsExactly("Thailand -> Peru 800000000 TRADE");
    }
}
