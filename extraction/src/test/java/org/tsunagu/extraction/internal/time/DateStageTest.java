package org.tsunagu.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class DateStageTest {

    private static List<String> dates(String text) {
        return Extracting.annotate(text).get(Layers.DATES).stream()
                .map(d -> d.text() + "=" + d.date() + (d.end() != null ? ".." + d.end() : "")).toList();
    }

    @Test
    void readsADayBeforeItsMonthWithoutAYear() {
        assertThat(dates("TOKYO, February 18, 2025 - The forum, held on 12 February at a hotel, drew 200 guests."))
                .contains("12 February=2025-02-12");
    }

    @Test
    void readsDayRangesBeforeTheirMonth() {
        assertThat(dates("Issued 3 September 2025\n\nThe mission will visit Jilin from 24 to 27 September."))
                .contains("24 to 27 September=2025-09-24..2025-09-27");
        assertThat(dates("ROTTERDAM, 4 April 2025 - Officials met for talks on 1 and 2 April."))
                .contains("1 and 2 April=2025-04-01..2025-04-02");
    }

    @Test
    void readsAWeekdayInBracketsAfterTheDay() {
        assertThat(dates("Posted: 2025/10/06\n\nThe group will visit from October 20 (Mon.) to October 24 (Fri.)."))
                .contains("October 20 (Mon.) to October 24 (Fri.)=2025-10-20..2025-10-24");
    }

    @Test
    void readsIsoDatesInTheText() {
        assertThat(dates("Seoul, 2025-08-18\n\nThe agency hosted a partnership day on 2025-08-14."))
                .contains("2025-08-14=2025-08-14");
    }

    @Test
    void datesAYearlessDayInAFutureSentenceForward() {
        assertThat(dates("Weekly | 18 February 2025\n\nNext on the calendar: a pavilion at a fair in Tokyo from December 17 "
                + "to 19.")).contains("December 17 to 19=2025-12-17..2025-12-19");
    }

    @Test
    void datesAYearlessDayInAPastSentenceBack() {
        assertThat(dates("Weekly | 18 February 2025\n\nThe plant opened on December 17 after two years of work."))
                .contains("December 17=2024-12-17");
    }

    @Test
    void readsOrdinalDaysBeforeTheirMonth() {
        assertThat(dates("PERTH, June 2, 2022 - The premier visited the council on 24th May 2022 and will open an office on "
                + "the 21st of June.")).contains("24th May 2022=2022-05-24", "21st of June=2022-06-21");
    }

    @Test
    void readsAbbreviatedMonthsWithoutTheirFullStop() {
        assertThat(dates("Updated: 2024-08-27\n\nThe fair runs from Aug 23 to Sept 1.")).contains("Aug 23 to Sept 1=2024-08-23..2024-09-01");
    }

    @Test
    void readsADayOfLastMonth() {
        assertThat(dates("Posted: 2023/05/04\n\nThe governors signed the plan on the 30th of last month."))
                .contains("the 30th of last month=2023-04-30");
    }

    @Test
    void keepsTheWordsOfADayCountedFromAnUndatedArticle() {
        assertThat(dates("The governor yesterday received the consul, and on Tuesday met the mayor."))
                .contains("yesterday=null", "Tuesday=null");
    }

    @Test
    void readsAWeekdayAgainstADatelineInCapitals() {
        assertThat(dates("OSAKA MAY 28: The two leaders met on Friday, ahead of talks in May 2022."))
                .contains("Friday=2022-05-27");
    }
}
