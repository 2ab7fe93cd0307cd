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
}
