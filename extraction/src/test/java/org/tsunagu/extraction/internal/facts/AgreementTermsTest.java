package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementTerm;
import org.tsunagu.model.time.PartialDate;

/** How long an agreement runs, as its text gives it. */
class AgreementTermsTest {

    private static Optional<AgreementTerm> term(String text) {
        return facts(text, Agreement.class).get(0).term();
    }

    @Test
    void readsALengthBeforeTheAgreementNoun() {
        AgreementTerm term = term("Published: 2026-03-02\n\nOn 1 March, Sapporo City and Daegu signed a five-year memorandum of "
                + "understanding on winter tourism.").orElseThrow();
        assertThat(term.years()).isEqualTo(5);
        assertThat(term.renewal()).isFalse();
    }

    @Test
    void readsAnExtensionForAnotherTenYearsAsARenewal() {
        AgreementTerm term = term("Published: 2026-03-02\n\nOn 1 March, Kochi Prefecture and Tainan City renewed their friendship "
                + "agreement, extending it for another ten years.").orElseThrow();
        assertThat(term.years()).isEqualTo(10);
        assertThat(term.renewal()).isTrue();
    }

    @Test
    void readsAnEndDateAfterValidUntil() {
        AgreementTerm term = term("Published: 2026-03-02\n\nOn 1 March, Kumamoto and Hefei signed a cooperation agreement. "
                + "The agreement remains valid until 2031.").orElseThrow();
        assertThat(term.until()).contains(PartialDate.ofYear(2031));
    }

    @Test
    void readsNoTermFromTheLengthOfAFriendship() {
        assertThat(term("Published: 2026-03-02\n\nOn 1 March, Kumamoto and Hefei signed a cooperation agreement. The two cities "
                + "have been friends for thirty years.")).isEmpty();
    }

    @Test
    void countsTheEndOfATermFromTheSigningDate() {
        AgreementTerm term = term("Published: 2026-03-02\n\nOn 1 March, Sapporo City and Daegu signed a three-year memorandum of "
                + "understanding on winter tourism.").orElseThrow();
        assertThat(term.endFrom(Optional.of(PartialDate.ofDay(2026, 3, 1)))).contains(PartialDate.ofMonth(2029, 3));
    }

    @Test
    void readsNoTermFromTheEndOfAnEventAfterTheSigning() {
        assertThat(term("Published: 2026-03-02\n\nOn 1 March, Kumamoto and Hefei signed a cooperation agreement. It was signed at "
                + "a food fair that runs until 8 March.")).isEmpty();
    }

    @Test
    void readsAnEndDateAfterExpires() {
        assertThat(term("Published: 2026-03-02\n\nOn 1 March, Kumamoto and Hefei signed a cooperation agreement, which expires "
                + "in 2029.").orElseThrow().until()).contains(PartialDate.ofYear(2029));
    }
}
