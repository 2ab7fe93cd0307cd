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
        assertThat(events("FUKUOKA, October 17, 2024 - Next Tuesday a Busan food fair will open at a Tenjin department store."))
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
}
