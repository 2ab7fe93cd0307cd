package org.tsunagu.store.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;

class SummaryTest {

    private final Articles daNang = Articles.article("da-nang-sakai", Samples.DA_NANG_TEXT);

    @Test
    void saysWhatEachKindOfFactStates() {
        assertThat(Samples.jetroChongqing().facts().stream().map(Summary::of))
                .containsExactly("MOU: JETRO — Chongqing Municipal Government (2013-10-31)");
        assertThat(Samples.daNangSakai().facts().stream().map(Summary::of)).containsExactly(
                "Friendship: Đà Nẵng — Sakai",
                "Role: Nguyen Van An, Chairman, Đà Nẵng People's Committee",
                "Visit: Nguyen Van An, in Sakai",
                "FDI total: Japan → Vietnam, 932,000,000 USD");
        assertThat(Summary.of(daNang.product("Sakai", daNang.place("Japan")))).isEqualTo("Product: Sakai, from Japan");
    }

    @Test
    void marksAProposedTieAndGivesTheYearItBegan() {
        Relationship proposed = new Relationship(daNang.place("Đà Nẵng"), daNang.place("Sakai"),
                RelationshipKind.COOPERATION, Optional.of(PartialDate.ofYear(1997)), RelationshipStatus.PROPOSED,
                daNang.evidence("sister cities"), 0.5);

        assertThat(Summary.of(proposed)).isEqualTo("Proposed cooperation: Đà Nẵng — Sakai (since 1997)");
    }

    @Test
    void namesAnEventByItsNameAndFallsBackOnTheWordsOfItsDate() {
        Event conference = new Event(EventKind.CONFERENCE, Optional.empty(), Optional.empty(), Optional.of("in May"),
                Optional.of("Vietnam–Japan Investment Forum"), Optional.of(daNang.place("Sakai")), List.of(), List.of(),
                daNang.evidence("visited"), 0.5);

        assertThat(Summary.of(conference)).isEqualTo("Conference: Vietnam–Japan Investment Forum, in Sakai (in May)");
    }
}
