package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;

/** Where an occasion takes place. */
class EventPlacesTest {

    private static List<String> places(String text) {
        return facts(text, Event.class).stream().map(e -> e.location().map(EntityRef::name).orElse("?")).toList();
    }

    @Test
    void takesThePlaceAfterHeldIn() {
        assertThat(places("Published: 2025-06-02\n\nThe Mekong Fruit Forum, held in Can Tho on 1 June, drew 200 traders."))
                .containsExactly("Can Tho");
    }

    @Test
    void takesThePlaceAfterAVenueNoun() {
        assertThat(places("Published: 2025-06-02\n\nThe seminar took place on 1 June at a hotel in Penang."))
                .containsExactly("Penang");
    }

    @Test
    void takesWhereATripGoes() {
        assertThat(places("Published: 2025-06-02\n\nGovernor Tanaka Ken of Fukui will lead a delegation on a visit to "
                + "Zhejiang from 10 to 12 June.")).containsExactly("Zhejiang");
    }

    @Test
    void takesTheDatelinePlaceWhenTheSentenceNamesNone() {
        assertThat(places("HAIPHONG, 3 June 2025 - The two mayors held talks on Monday.")).containsExactly("HAIPHONG");
    }

    @Test
    void takesAVenueThatAtIntroducesBeforeTheOccasion() {
        assertThat(places("Published: 2023-07-19\n\nOn July 18, at the Kochi Prefectural Office, Secretary Tran Van Binh "
                + "received Governor Hamada Seiji.")).containsExactly("Kochi Prefectural Office");
    }
}
