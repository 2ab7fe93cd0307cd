package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaximumMatchingTest {

    @Test
    void reassignsAnEarlierChoiceWhenThatPairsMore() {
        int[] partners = MaximumMatching.of(List.of(List.of(0, 1), List.of(0)), 2);
        assertThat(partners).containsExactly(1, 0);
    }

    @Test
    void followsALongAugmentingPath() {
        int[] partners = MaximumMatching.of(List.of(List.of(0, 1), List.of(1, 2), List.of(0)), 3);
        assertThat(partners).containsExactly(1, 2, 0);
    }

    @Test
    void leavesUnpairedWhatCannotBePaired() {
        int[] partners = MaximumMatching.of(List.of(List.of(0), List.of(0), List.of()), 1);
        assertThat(partners).containsExactly(0, -1, -1);
    }

    @Test
    void prefersEarlierCandidatesWhenEitherGivesAMaximumMatching() {
        assertThat(MaximumMatching.of(List.of(List.of(1, 0)), 2)).containsExactly(1);
    }
}
