package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldNameTest {

    @Test
    void matchesPersonNamesInEitherOrder() {
        assertThat(GoldName.of("Sato Hanako").matchedBy("Hanako Sato")).isTrue();
    }

    @Test
    void matchesAcrossAccentsCaseAndPunctuation() {
        assertThat(GoldName.of("Đà Nẵng City").matchedBy("DA NANG city.")).isTrue();
    }

    @Test
    void acceptsAnyAlternative() {
        GoldName name = GoldName.of("Lumen City People's Committee|Lumen City|Lumen");
        assertThat(name.matchedBy("Lumen")).isTrue();
        assertThat(name.matchedBy("Lumen City")).isTrue();
        assertThat(name.matchedBy("Aoba")).isFalse();
    }

    @Test
    void letsALongNameWithItsAcronymInBracketsStandForEitherPart() {
        GoldName name = GoldName.of("Northern Trade Agency (NTA)");
        assertThat(name.matchedBy("Northern Trade Agency")).isTrue();
        assertThat(name.matchedBy("NTA")).isTrue();
        assertThat(name.matchedBy("Northern Trade Agency (NTA)")).isTrue();
        assertThat(name.matchedBy("Southern Trade Agency")).isFalse();
    }

    @Test
    void acceptsAContainingNameWithAtMostTwoExtraWords() {
        GoldName name = GoldName.of("Aoba");
        assertThat(name.matchedBy("Aoba Prefecture")).isTrue();
        assertThat(name.matchedBy("Aoba Prefectural Government")).isTrue();
        assertThat(name.matchedBy("Aoba Prefectural Government Office")).isFalse();
    }

    @Test
    void neverAcceptsAPartOfTheGoldName() {
        assertThat(GoldName.of("Aoba Prefecture").matchedBy("Aoba")).isFalse();
    }

    @Test
    void emptyPredictionMatchesNothing() {
        assertThat(GoldName.of("the").matchedBy("the")).isFalse();
        assertThat(GoldName.of("Aoba").matchedBy("")).isFalse();
    }
}
