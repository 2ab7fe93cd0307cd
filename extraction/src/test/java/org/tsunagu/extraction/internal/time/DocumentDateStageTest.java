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
}
