package org.tsunagu.store.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.FactType;

class TiesTest {

    @Test
    void countsEachPairOfTheNetworksEntitiesOncePerFactWithItsYears() {
        Ties ties = new Ties(Set.of(1L, 2L, 3L));
        ties.add(new NamedFact(10, FactType.AGREEMENT, Optional.of(2019), List.of(2L, 1L, 99L)));
        ties.add(new NamedFact(11, FactType.AGREEMENT, Optional.of(2023), List.of(1L, 2L)));
        ties.add(new NamedFact(12, FactType.EVENT, Optional.empty(), List.of(1L, 2L, 3L)));

        assertThat(ties.count()).isEqualTo(4);
        assertThat(ties.strongest(10)).containsExactly(
                new GraphEdge(1, 2, FactType.AGREEMENT, 2, Optional.of(2019), Optional.of(2023)),
                new GraphEdge(1, 2, FactType.EVENT, 1, Optional.empty(), Optional.empty()),
                new GraphEdge(1, 3, FactType.EVENT, 1, Optional.empty(), Optional.empty()),
                new GraphEdge(2, 3, FactType.EVENT, 1, Optional.empty(), Optional.empty()));
    }

    @Test
    void keepsTheTiesBackedByTheMostFactsWhenThereAreTooMany() {
        Ties ties = new Ties(Set.of(1L, 2L, 3L));
        ties.add(new NamedFact(10, FactType.AGREEMENT, Optional.empty(), List.of(2L, 3L)));
        ties.add(new NamedFact(11, FactType.AGREEMENT, Optional.empty(), List.of(2L, 3L)));
        ties.add(new NamedFact(12, FactType.AGREEMENT, Optional.empty(), List.of(1L, 2L)));

        assertThat(ties.strongest(1)).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::facts)
                .containsExactly(tuple(2L, 3L, 2));
    }
}
