package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.extract;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Extraction;

class EventStageTest {

    private static List<String> events(String text) {
        return facts(text, Event.class).stream().map(e -> e.kind() + "@" + e.date().map(Object::toString).orElse("?")).toList();
    }

    @Test
    void readsASigningScheduledAfterTheArticleAsAnEventNotAnAgreement() {
        Extraction e = extract("Issued: May 2, 2024\n\nSchedule\n- May 9: Signing of a memorandum of understanding on "
                + "tourism between the Nara Prefectural Government and the Xi'an Tourism Bureau");
        assertThat(e.factsOf(Agreement.class)).isEmpty();
        assertThat(e.factsOf(Event.class)).extracting(x -> x.kind() + "@" + x.date().orElseThrow())
                .containsExactly("SIGNING@2024-05-09");
    }

    @Test
    void leavesOutAnOccasionNamedBeforeOnItsSidelines() {
        assertThat(events("ILOILO, March 8, 2024 - On the sidelines of the visit, a Kochi feed maker said it would finish "
                + "a mill in 2025.")).isEmpty();
    }

    @Test
    void leavesOutActivitiesListedAsWhatThePartiesWillDo() {
        assertThat(events("Published: 2024-09-18\n\nThe parties agreed to:\n- Hold an annual dialogue at working level\n"
                + "- Organise a trade fair in Bangkok")).isEmpty();
    }

    @Test
    void readsTheReceptionOfADelegationGivenItsSize() {
        assertThat(events("SURABAYA, October 15, 2024 - The mayor received the 15-member delegation at City Hall on "
                + "Monday.")).contains("MEETING@2024-10-14");
    }

    @Test
    void readsAnOpeningReportedForNextWeekInItsMonth() {
        assertThat(events("Published: 2024-11-14\n\nShe added that Gifu would open a \"Gifu Desk\" at the trade centre "
                + "next week.")).containsExactly("OPENING@2024-11");
    }

    @Test
    void leavesOutAFairThatWillOpen() {
        assertThat(events("FUKUOKA, October 17, 2024 - Next Tuesday a Busan food fair will open in a Tenjin shopping mall."))
                .containsExactly("EXHIBITION@2024-10-22");
    }

    @Test
    void findsABusinessMatchingSessionHeldAtAVenueWithADate() {
        assertThat(events("Issued 3 September 2025\n\nA business-matching session with 60 importers will be held at the "
                + "Changchun International Convention and Exhibition Center on 25 September.")).containsExactly("MEETING@2025-09-25");
    }

    @Test
    void findsABriefingSessionAsASymposium() {
        assertThat(events("Seoul, 2025-08-18\n\nA follow-up investment briefing will be held in Hai Phong on 25 September."))
                .containsExactly("SYMPOSIUM@2025-09-25");
    }

    @Test
    void findsABusinessMissionWithItsDates() {
        assertThat(events("Issued 3 September 2025\n\nMiyagi Prefecture will send a business mission of 18 companies to "
                + "Jilin Province from 24 to 27 September.")).containsExactly("VISIT@2025-09-24");
    }

    @Test
    void leavesOutMissionsNamedAsAHabit() {
        assertThat(events("JAKARTA, March 5, 2024 - The two chambers have cooperated on trade missions since the early 2000s."))
                .isEmpty();
    }

    @Test
    void findsATourGivenItsLengthAndCountsItsDaysFromTheStart() {
        List<Event> tours = facts("KATHMANDU, 20 March 2023 - A 12-member trade delegation led by Ram Thapa started a "
                + "four-day India tour on 16 March.", Event.class);
        assertThat(tours).extracting(e -> e.kind() + "@" + e.date().orElseThrow() + ".." + e.endDate().orElseThrow())
                .containsExactly("VISIT@2023-03-16..2023-03-19");
    }

    @Test
    void leavesOutOccasionsListedAsKindsOfActivity() {
        assertThat(events("KATHMANDU, 20 March 2023 - The memorandum covers taking part in trade fairs, "
                + "expositions and seminars in Nepal and India.")).isEmpty();
    }

    @Test
    void findsAnEventForInvestorsOnTheWeekdayBeforeTheStoryDespiteASpanToCome() {
        assertThat(events("SEOUL, April 16, 2023 - The governor held an investment attraction event in Boston on Thursday, "
                + "where a logistics firm promised to invest in the province over the next five years."))
                .containsExactly("CONFERENCE@2023-04-13");
    }

    @Test
    void leavesOutDialogueFurtheredInGeneral() {
        assertThat(events("OSLO, June 11, 2024 - The office aims at enhancing dialogue between Norwegian and Korean firms."))
                .isEmpty();
    }

    @Test
    void findsAStudyTourThatWillVisit() {
        assertThat(events("Posted: 2025/10/06\n\nA study tour of 22 officials will visit Yokohama from October 20 (Mon.) to "
                + "October 24 (Fri.).")).containsExactly("VISIT@2025-10-20");
    }

    @Test
    void findsATourOfASiteToday() {
        assertThat(events("SUWON, October 22, 2025 - The delegation will tour Pangyo Techno Valley in Seongnam today."))
                .containsExactly("VISIT@2025-10-22");
    }

    @Test
    void findsAShowcaseThatWillTakePlace() {
        assertThat(events("FUKUOKA, March 14, 2025 - A three-day showcase of twenty startups will take place at Fukuoka "
                + "Growth Next from April 8 to 10.")).containsExactly("EXHIBITION@2025-04-08");
    }

    @Test
    void findsATradeWeekHeldFromAVenue() {
        assertThat(events("Bulletin, June 2025\n\nThe prefecture will hold the third Hokkaido Food Week at Central Chidlom from "
                + "June 19 to June 29.")).containsExactly("EXHIBITION@2025-06-19");
    }

    @Test
    void leavesOutACultureWeek() {
        assertThat(events("DA NANG, November 11, 2025 - The city hosted a Japan Friendship Week in the park on Monday."))
                .doesNotContain("EXHIBITION@2025-11-10");
    }

    @Test
    void findsAPavilionAtAFair() {
        assertThat(events("Weekly | 18 February 2025\n\nNext on the calendar: a Penang pavilion at SEMICON Japan in Tokyo from "
                + "December 17 to 19.")).containsExactly("EXHIBITION@2025-12-17");
    }

    @Test
    void findsAReceptionTheMayorWillGive() {
        assertThat(events("Posted: 2025/10/06\n\nMayor Takeuchi Shun will receive Deputy Governor of Bangkok Pimchanok "
                + "Rattanakul at City Hall on October 21.")).containsExactly("MEETING@2025-10-21");
    }

    @Test
    void keepsTheRangeOfTalksHeldOverTwoDays() {
        assertThat(facts("ROTTERDAM, 4 April 2025 - Port officials met for two days of talks at the World Port Center on 1 "
                + "and 2 April.", Event.class)).extracting(x -> x.kind() + "@" + x.date().orElseThrow() + ".."
                + x.endDate().orElseThrow()).containsExactly("MEETING@2025-04-01..2025-04-02");
    }

    @Test
    void datesAForumNamedByItsMonthByTheDayGivenLater() {
        assertThat(events("Weekly | 18 February 2025\n\nThe agency organised its first forum in Fukuoka last week. The "
                + "Penang-Kyushu Semiconductor Forum, held on 12 February at a hotel in Hakata, was opened by the minister."))
                .containsExactly("CONFERENCE@2025-02-12");
    }

    @Test
    void findsAPlantOpenedWithItsCostBetween() {
        assertThat(events("Weekly | 18 February 2025\n\nIn January, Chikugo Wafer Systems opened a RM 450 million test and "
                + "packaging plant in Bayan Lepas.")).containsExactly("OPENING@2025-01");
    }

    @Test
    void readsASigningCeremonyThatTookPlaceAsASigning() {
        assertThat(events("VELMORA, June 5, 2025 - On June 4, the signing ceremony for the memorandum between "
                + "Velmora City and Kirrin Prefecture took place in the town hall.")).containsExactly("SIGNING@2025-06-04");
    }

    @Test
    void datesASigningByTheDayItTookPlace() {
        assertThat(events("OSAKA, 12 March 2024 - The Kansai bureau has signed a memorandum with the Penang Development "
                + "Corporation. The signing took place yesterday.")).containsExactly("SIGNING@2024-03-11");
    }

    @Test
    void readsASigningWithAPartnerWhoseDocumentGoesUnnamed() {
        assertThat(events("Source: city portal 11/23/2019 08:15:00\n\nChangsha signed with Kagoshima on November 21 to "
                + "expand youth exchanges.")).containsExactly("SIGNING@2019-11-21");
    }

    @Test
    void leavesOutASigningYearsBeforeTheStory() {
        assertThat(events("SEOUL, May 2, 2024 - The two provinces signed a friendship agreement in 1998 and have exchanged "
                + "students since.")).isEmpty();
    }

    @Test
    void leavesOutASigningThatIsTheVisitsPurpose() {
        assertThat(events("Posted: 2024/05/02\n\nGovernor Aoki will visit Nagoya from May 20 to sign a memorandum on labour."))
                .containsExactly("VISIT@2024-05-20");
    }

    @Test
    void leavesOutAnOccasionToComeThatItsSentenceDoesNotDate() {
        assertThat(events("LYON, October 3, 2024 - The delegation visited the regional council on Wednesday. The governor "
                + "will also join the opening ceremony of an autumn festival.")).containsExactly("VISIT@2024-10-02");
    }

    @Test
    void readsAWorkingSessionAsAMeeting() {
        assertThat(events("Vinh Long, 14/08/2023 - On August 13, the chairman held a working session with Governor Aoki "
                + "Hiroshi of Kochi.")).containsExactly("MEETING@2023-08-13");
    }

    @Test
    void keepsMeetingsWithDifferentPeopleOnOneDayApart() {
        assertThat(events("HANOI, July 3, 2015 - Mayor Tran Van Binh met Governor Ito Kenji on July 3. The same day, "
                + "the mayor also held a working session with Minister Sato Akira.")).containsExactly("MEETING@2015-07-03",
                "MEETING@2015-07-03");
    }

    @Test
    void readsACourtesyCallPaidToSomeone() {
        assertThat(events("Posted: 2025/10/06\n\nThe consul paid a courtesy call to Governor Mori Akio on October 2."))
                .containsExactly("MEETING@2025-10-02");
    }

    @Test
    void readsAPromotionalCampaignAsAnOtherEvent() {
        assertThat(events("23 January 2020\n\nThe prefecture conducted a promotional campaign in Doha from Jan. 7 to 9."))
                .containsExactly("OTHER@2020-01-07");
    }

    @Test
    void leavesOutAPressConference() {
        assertThat(events("PERTH, June 23, 2025 - The premier told a press conference today that exports rose.")).isEmpty();
    }

    @Test
    void givesAVisitTheRangeItsSentenceGivesBesideAStatementDate() {
        assertThat(events("CALDER APRIL 14: The governor said in a statement today about her official visit to Peru from 10-14 "
                + "April 2023 that trade had grown.")).containsExactly("VISIT@2023-04-10");
    }

    @Test
    void datesAnOpeningByTheDayInItsOwnClause() {
        assertThat(events("TALMOR, 16 March 2024 - The signing happened yesterday, before the formal opening of the "
                + "bureau's Lisden office on 28 March.")).contains("OPENING@2024-03-28");
    }

    @Test
    void readsAMeetingOfAnUndatedStoryWithItsWords() {
        assertThat(facts("Vice Chairman Tran Van Binh yesterday received Ms. Sato Emi, the city's tourism envoy.", Event.class))
                .extracting(x -> x.kind() + "@" + x.dateText().orElse("?")).containsExactly("MEETING@yesterday");
    }

    @Test
    void readsAHeadlineOccasionOnlyWhenTheStoryTellsNone() {
        assertThat(events("Aomori and Dalian sign sister-city pact\n\nDALIAN, June 2, 2023 - Aomori and Dalian signed a "
                + "sister-city agreement yesterday.")).containsExactly("SIGNING@2023-06-01");
    }

    @Test
    void readsAFactorySetUp() {
        assertThat(events("Published: 2024-09-18\n\nIn 2019, the cooperative set up a factory in Vientiane.")).containsExactly(
                "OPENING@2019");
    }

    @Test
    void datesATripByTheDayRangeOfItsLedeLine() {
        assertThat(events("BANGKOK- The ministry will promote its corridor.\n\nThe minister joined a trip to Korea during "
                + "2-6 May 2019 to meet investors.")).containsExactly("VISIT@2019-05-02");
    }

    @Test
    void readsOneConferenceInEachPlaceOfAPluralOne() {
        assertThat(facts(" date 2025-03-14 SEOUL \u2014 Two tourism conferences held by a Jeonbuk delegation in Nagoya and "
                + "Fukuoka drew 300 guests.", Event.class)).extracting(x -> x.kind() + "@" + x.date().orElseThrow() + "@"
                + x.location().orElseThrow().name()).containsExactly("CONFERENCE@2025-03-14@Nagoya", "CONFERENCE@2025-03-14@Fukuoka");
    }

    @Test
    void leavesConferencesInThePluralWithoutPlacesOut() {
        assertThat(events("PERTH, June 23, 2025 - The agency has held conferences for exporters since 2019.")).isEmpty();
    }

    @Test
    void readsTheOccasionsOfAStoryWithoutAnyDateUndated() {
        assertThat(facts("Minister Elan Voss, who is on a short visit to Iceland, met with the Mayor of Tarsen.", Event.class))
                .extracting(x -> x.kind() + "@" + x.date().map(Object::toString).orElse("?")).contains("VISIT@?", "MEETING@?");
    }

    @Test
    void leavesUndatedOccasionsOfADatedStoryOut() {
        assertThat(events("PERTH, June 23, 2025 - Exports of wheat rose by a tenth.\n\nOfficials said a visit to Japan "
                + "helped.")).isEmpty();
    }

    @Test
    void readsTheSigningOfAnAgreementInAStoryWithoutDates() {
        assertThat(events("Officials from Bac Ninh met a delegation from Gunma on May 13.\n\nThe signing of the agreement "
                + "between Tu Son and Maebashi on the occasion aimed to promote exchanges.")).contains("SIGNING@?");
    }

    @Test
    void tellsAWorkshopOnTheFollowingDayOfAnUndatedStoryByItsWords() {
        assertThat(facts("The minister noted that the visit coincides with a water workshop to be held the following day.",
                Event.class)).extracting(x -> x.kind() + "@" + x.dateText().orElse("?")).contains("SYMPOSIUM@the following day");
    }

    @Test
    void leavesOutViewsExchangedNearAnAgreement() {
        assertThat(events("SEOUL, May 2, 2024 - On May 1, the two governors exchanged views on how to carry out the "
                + "existing agreement.")).doesNotContain("SIGNING@2024-05-01");
    }

    @Test
    void readsTheLaunchOfANamedProgrammeAsAnOpening() {
        assertThat(events("HANOI, Aug 27 2024 - The ambassador spoke yesterday at the launch of the Taste of Sabah programme "
                + "in a mall.")).containsExactly("OPENING@2024-08-26");
    }

    @Test
    void readsADelegationFromAPlaceAsAVisit() {
        assertThat(events("A 30-member delegation from Gunma Prefecture took part in a trade session here recently."))
                .containsExactly("VISIT@?");
    }

    @Test
    void datesACaptionedSigningByTheDayTheStoryGives() {
        assertThat(events(" date 2024-03-12 Mayor Ito Ken and Governor Lee Min-ho sign a memorandum on tourism.\n\nThe "
                + "two leaders signed the memorandum on March 11 in Busan.")).containsExactly("SIGNING@2024-03-11");
    }

    @Test
    void keepsAScheduledFutureForumAsAnEvent() {
        assertThat(events("KAJAANI, April 20, 2025 - The Kajaani city government will hold a timber forum on 3 May."))
                .hasSize(1).allMatch(e -> e.endsWith("@2025-05-03"));
    }

    @Test
    void leavesOutAVisitThatMayHappen() {
        assertThat(events("KAJAANI, April 20, 2025 - Governor Salo may visit Vyborg on 3 May.")).isEmpty();
    }

    @Test
    void leavesOutAVisitUnderConsideration() {
        assertThat(events("KAJAANI, April 20, 2025 - Lappeenranta is considering a visit to Vyborg on 3 May.")).isEmpty();
    }

    @Test
    void leavesOutAVisitThatDidNotHappen() {
        assertThat(events("KAJAANI, April 20, 2025 - Governor Salo did not visit Vyborg on 3 April.")).isEmpty();
    }

    @Test
    void leavesOutAForumCalledOff() {
        assertThat(events("KAJAANI, April 20, 2025 - The timber forum on 3 May at Kajaani was called off.")).isEmpty();
    }

    @Test
    void leavesOutAPostponedVisit() {
        assertThat(events("KAJAANI, April 20, 2025 - Mayor Virta postponed his visit to Vyborg on 3 May.")).isEmpty();
    }
}
