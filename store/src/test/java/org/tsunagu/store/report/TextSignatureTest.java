package org.tsunagu.store.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.store.testing.Copies;

class TextSignatureTest {

    @Test
    void findsACopyWithItsOwnFirstLineAndFooterAboveTheThreshold() {
        TextSignature story = TextSignature.of(Copies.STORY).orElseThrow();
        TextSignature copy = TextSignature.of("Re-posted with thanks to the Northern Ledger, May edition.\n" + Copies.STORY
                + "\nAll rights reserved by the Northern Ledger; do not copy without asking.").orElseThrow();

        assertThat(copy.similarity(story)).isGreaterThanOrEqualTo(Reports.SAME_REPORT);
    }

    @Test
    void keepsAnotherStoryAboutTheSameCitiesFarBelowTheThreshold() {
        TextSignature story = TextSignature.of(Copies.STORY).orElseThrow();
        TextSignature other = TextSignature.of(Copies.OTHER_STORY).orElseThrow();

        assertThat(other.similarity(story)).isLessThan(0.1);
    }

    @Test
    void ignoresCaseDiacriticsAndPunctuation() {
        TextSignature story = TextSignature.of(Copies.STORY).orElseThrow();
        TextSignature shouted = TextSignature.of(Copies.STORY.toUpperCase(java.util.Locale.ROOT).replace(",", " ;"))
                .orElseThrow();

        assertThat(shouted.similarity(story)).isEqualTo(1.0);
    }

    @Test
    void leavesTextsTooShortToCompareUnsigned() {
        assertThat(TextSignature.of("Sapporo and Quezon City signed a memorandum of understanding.")).isEmpty();
    }

    @Test
    void readsBackTheSignatureItStores() {
        TextSignature story = TextSignature.of(Copies.STORY).orElseThrow();

        assertThat(TextSignature.decoded(story.encoded()).similarity(story)).isEqualTo(1.0);
    }
}
