package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Relationship;

class RelationshipStageTest {

    private static List<String> ties(String text) {
        return facts(text, Relationship.class).stream().map(r -> r.kind() + " " + Stream.of(r.a().name(), r.b().name())
                .sorted().toList() + " " + r.status() + " " + r.since().map(Object::toString).orElse("?")).toList();
    }

    @Test
    void readsAHopedForCooperationMemorandumAsAProposedTie() {
        assertThat(ties("The governor added that Tochigi hopes to sign a cooperation memorandum with Da Nang next year."))
                .containsExactly("COOPERATION [Da Nang, Tochigi] PROPOSED ?");
    }

    @Test
    void readsTheSubjectOfAFriendshipAgreementThatContinuesAListOfTies() {
        assertThat(ties("Mayor Tran said Hue has cooperation ties with Kyoto (2010), signed a friendship agreement with "
                + "Kanazawa (2012), and maintains exchanges with Nara (2015).")).contains("FRIENDSHIP [Hue, Kanazawa] ESTABLISHED 2012");
    }
}
