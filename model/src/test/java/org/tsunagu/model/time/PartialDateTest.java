package org.tsunagu.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void writesIsoAtThePrecisionGiven() {
        assertThat(PartialDate.ofYear(2013)).hasToString("2013");
        assertThat(PartialDate.ofMonth(2013, 10)).hasToString("2013-10");
        assertThat(PartialDate.ofDay(2013, 10, 31)).hasToString("2013-10-31");
    }

    @Test
    void padsEveryFieldWithZeros() {
        assertThat(PartialDate.ofDay(33, 3, 7)).hasToString("0033-03-07");
        assertThat(PartialDate.ofMonth(999, 12)).hasToString("0999-12");
    }

    @Test
    void parsesWhatItWrites() {
        for (String iso : new String[] {"2013", "2019-07", "2024-02-29"}) {
            assertThat(PartialDate.parse(iso)).hasToString(iso);
        }
    }

    @Test
    void rejectsImpossibleDays() {
        assertThatThrownBy(() -> PartialDate.ofDay(2023, 2, 29)).isInstanceOf(RuntimeException.class);
        assertThat(PartialDate.tryParse("2013-13")).isEmpty();
        assertThat(PartialDate.tryParse("October 2013")).isEmpty();
    }

    @Test
    void ordersCoarserDatesFirstWithinTheirPeriod() {
        assertThat(PartialDate.ofYear(2013)).isLessThan(PartialDate.ofMonth(2013, 1));
        assertThat(PartialDate.ofMonth(2013, 12)).isLessThan(PartialDate.ofYear(2014));
    }
}
