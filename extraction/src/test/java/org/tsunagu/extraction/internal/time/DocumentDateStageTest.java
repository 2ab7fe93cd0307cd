package org.tsunagu.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class DocumentDateStageTest {

    private static String documentDate(String text) {
        return Extracting.annotate(text).single(Layers.DOCUMENT_DATE).date().map(Object::toString).orElse("none");
    }

    @Test
    void datesAYearlessDatelineByTheAnniversaryTheStoryMarks() {
        assertThat(documentDate("SAPPORO, June 3 (Harbin Daily) - Harbin and Sapporo marked the 45th anniversary of their "
                + "ties, established in 1980, with a concert yesterday.")).isEqualTo("2025-06-03");
    }

    @Test
    void readsYearsAfterInWordsAsAnAnniversary() {
        assertThat(documentDate("(Reported by Mei Lan, Harbin, October 2)\n\nThirty years after the two cities signed their "
                + "agreement in 1995, they held a forum.")).isEqualTo("2025-10-02");
    }

    @Test
    void leavesAYearlessDatelineUndatedWithoutAnAnniversary() {
        assertThat(documentDate("SAPPORO, June 3 (Harbin Daily) - Harbin and Sapporo held a concert yesterday."))
                .isEqualTo("none");
    }

    @Test
    void datesAYearlessDatelineByAnOccasionNamedWithItsYear() {
        assertThat(documentDate("Haikou, March 28 (Island Post) - The 2025 Hainan Tea Week was held at a mall from March 24 "
                + "to 27.")).isEqualTo("2025-03-28");
    }

    @Test
    void readsYearFirstPageDatesWithSlashesAndDots() {
        assertThat(documentDate("City notice\nPosted: 2025/10/06\n\nA workshop will be held.")).isEqualTo("2025-10-06");
        assertThat(documentDate("NOTICE\nDate of notice: 2025.11.03\n\nAn exhibition opened.")).isEqualTo("2025-11-03");
    }

    @Test
    void readsAPageDateAfterAPublicationWord() {
        assertThat(documentDate("Prefecture press release\nIssued 3 September 2025\n\nA mission will leave soon."))
                .isEqualTo("2025-09-03");
    }

    @Test
    void readsAPageDateAfterAVerticalBar() {
        assertThat(documentDate("City portal | 02/04/2025 09:15\n\nThe chairman received a delegation.")).isEqualTo("2025-04-02");
    }

    @Test
    void readsAReleaseDateAtTheFoot() {
        assertThat(documentDate("Startup showcase in April\n\nThe showcase will take place from April 8 to 10.\n\n"
                + "Contact: International Division\nIssued: 14 March 2025")).isEqualTo("2025-03-14");
    }

    @Test
    void readsTheMonthEndingAMastheadLine() {
        assertThat(documentDate("Chamber Monthly Bulletin, June 2025\n\nMEMBERS' NEWS\n\nA fair will open.")).isEqualTo("2025-06");
    }

    @Test
    void readsThePageStoreDateLineBeforeTheArticle() {
        assertThat(documentDate(" date 2024-03-11 OSAKA \u2014 The Kansai bureau held a forum on March 8.")).isEqualTo("2024-03-11");
    }

    @Test
    void datesADatelineInCapitalsByTheStorysFullDatesNearIt() {
        assertThat(documentDate("KYOTO JUNE 3: The minister ended his visit to Japan, which ran from 1-3 June 2021, and "
                + "recalled a programme launched in June 2016.")).isEqualTo("2021-06-03");
    }

    @Test
    void readsAPageHeaderLineHoldingADateAndATime() {
        assertThat(documentDate("Thứ 2, Ngày 14/08/2023, 09:30\nProvince welcomes a delegation from Kochi\n\nThe chairman "
                + "received the guests.")).isEqualTo("2023-08-14");
    }

    @Test
    void readsACreationStampOfThePage() {
        assertThat(documentDate("Province sends trade mission\nCreated 2011-04-02 Views 87\n\nA mission will leave soon."))
                .isEqualTo("2011-04-02");
    }

    @Test
    void readsANumericDateMonthFirstWhenDayFirstMakesNoDate() {
        assertThat(documentDate("Source: city portal 11/23/2019 08:15:00\n\nThe two cities signed a pact.")).isEqualTo("2019-11-23");
    }

    @Test
    void readsANumericDateMonthFirstWhenOnlyThatFallsOnThePrintedWeekday() {
        assertThat(documentDate("Monday, 03/04/2024\n\nThe two cities signed a pact.")).isEqualTo("2024-03-04");
        assertThat(documentDate("Wednesday, 03/04/2024\n\nThe two cities signed a pact.")).isEqualTo("2024-04-03");
    }

    @Test
    void takesTheYearAnAnniversaryIsSaidToFallIn() {
        assertThat(documentDate("SEOUL OCT 2 - Officials said 2019 marks the 40th anniversary of the ties.")).isEqualTo("2019-10-02");
    }


    @Test
    void marksAYearlessDatelineEvenWhenNothingGivesItsYear() {
        String text = "MUAN, South Korea, Oct. 31 (Agency) \u2014 The two governors signed a pact Monday.";
        assertThat(Extracting.annotate(text).single(Layers.DOCUMENT_DATE).dateline().map(d -> d.of(text)))
                .hasValue("MUAN, South Korea, Oct. 31 (Agency) \u2014");
    }

    @Test
    void readsAnUpdatedStampWithItsTime() {
        assertThat(documentDate("Provinces sign pact\nUpdated: 06/05/2024 10:30\n\nThe two provinces signed a pact."))
                .isEqualTo("2024-05-06");
    }
}
