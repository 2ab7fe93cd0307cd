package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Event;

/** What an occasion is called: its title as written, its noun with modifiers and topic, or its parts. */
class EventNamesTest {

    private static List<String> names(String text) {
        return facts(text, Event.class).stream().map(e -> e.name().orElse("?")).toList();
    }

    @Test
    void namesTheEventByItsTitleWithThePlacesJoinedByADash() {
        assertThat(names("MATSUE, June 3, 2025 - About 90 firms joined the Shimane\u2013Ningxia Wine Trade Forum at a hotel "
                + "in Matsue on Monday.")).containsExactly("Shimane\u2013Ningxia Wine Trade Forum");
    }

    @Test
    void namesANumberedEditionWithItsOrdinalAndYear() {
        assertThat(names("KOCHI, May 2, 2025 - The 7th Pacific Rim Bonito Summit 2025 opened in Kochi on Thursday."))
                .containsExactly("7th Pacific Rim Bonito Summit 2025");
    }

    @Test
    void keepsTheTopicOfASeminar() {
        assertThat(names("NARA, 4 July 2025 - Officials held a seminar on lacquerware exports at the city museum today."))
                .containsExactly("seminar on lacquerware exports");
    }

    @Test
    void keepsTheModifiersOfAGatheringJoinedByAnd() {
        assertThat(names("OITA, 9 April 2025 - A Jeonju delegation held a culture and tourism promotion meeting in Oita today."))
                .containsExactly("Jeonju culture and tourism promotion meeting");
    }

    @Test
    void namesATripByWhoSentItAndWhereItWent() {
        assertThat(names("TOTTORI, 5 May 2025 - A delegation from the Korean city of Pohang arrived on Monday for a "
                + "two-day visit to Tottori.")).contains("Pohang delegation visit to Tottori");
    }

    @Test
    void namesTalksByTheirTwoSides() {
        assertThat(names("KUMAMOTO, 12 March 2025 - Officials of Kumamoto and Daejeon met on Tuesday to discuss "
                + "semiconductor training.")).containsExactly("talks between Kumamoto and Daejeon");
    }

    @Test
    void namesTheReceptionOfADelegationByWhereItCameFrom() {
        assertThat(names("SAGA, 20 May 2025 - The governor received a delegation from Hue at the prefectural office on Monday."))
                .containsExactly("reception of the Hue delegation");
    }

    @Test
    void namesAnOpeningByWhoOpenedWhatWithoutItsCost() {
        assertThat(names("HANOI, 3 June 2025 - Last week, Kiso Packaging opened a USD 12 million paper-box factory "
                + "in Bac Ninh.")).containsExactly("Kiso Packaging paper-box factory");
    }

    @Test
    void namesAnAnniversaryCeremonyByItsYearCount() {
        assertThat(names("AKITA, 8 August 2025 - Akita and Harbin held a ceremony today to mark the 20th anniversary of "
                + "their friendship.")).containsExactly("20th anniversary ceremony");
    }
}
