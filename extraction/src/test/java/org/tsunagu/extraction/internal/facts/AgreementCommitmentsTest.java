package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Commitment;

/** What the parties of an agreement undertake. */
class AgreementCommitmentsTest {

    private static final String SIGNING = "Published: 2026-03-02\n\nOn 1 March, Sapporo City and Daegu Metropolitan City signed a "
            + "memorandum of understanding on winter tourism. ";

    private static List<Commitment> commitments(String text) {
        return facts(text, Agreement.class).get(0).commitments();
    }

    @Test
    void splitsWhatBothSidesAgreedToIntoOneCommitmentPerVerb() {
        assertThat(commitments(SIGNING + "The two sides agreed to support companies at trade shows and hold regular dialogues."))
                .extracting(Commitment::owner, Commitment::text)
                .containsExactly(tuple("both", "support companies at trade shows"), tuple("both", "hold regular dialogues"));
    }

    @Test
    void givesAPartysOwnUndertakingToThatParty() {
        assertThat(commitments(SIGNING + "Sapporo City will send snow sculptors to Daegu."))
                .extracting(Commitment::owner, Commitment::text)
                .containsExactly(tuple("Sapporo City", "send snow sculptors to Daegu"));
    }

    @Test
    void readsEachBulletUnderAnIntroductionAsACommitment() {
        assertThat(commitments(SIGNING + "Under the MOU, both sides will:\n- Exchange youth delegations every year.\n"
                + "- Set up a joint tourism promotion desk.\n"))
                .extracting(Commitment::text)
                .containsExactly("Exchange youth delegations every year", "Set up a joint tourism promotion desk");
    }

    @Test
    void keepsNoHedgedOrNegatedUndertaking() {
        assertThat(commitments(SIGNING + "The cities may agree to open a joint office. Daegu will not fund the project. "
                + "Both sides agreed to consider a direct flight.")).isEmpty();
    }

    @Test
    void keepsNoUndertakingOfSomeoneElse() {
        assertThat(commitments(SIGNING + "The national airline will add flights in winter.")).isEmpty();
    }

    @Test
    void pointsEachCommitmentAtItsWords() {
        String text = SIGNING + "Both sides agreed to hold regular dialogues.";
        Commitment c = commitments(text).get(0);
        assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo("hold regular dialogues");
    }

    @Test
    void looksForTheOwnerBeforeARelativeClause() {
        assertThat(commitments(SIGNING + "Engineers from Otaru, which has advised Daegu Metropolitan City since 2019, will train "
                + "snow plough drivers.")).isEmpty();
    }

    @Test
    void leavesOutWhoSaidIt() {
        assertThat(commitments(SIGNING + "Sapporo City will host a Daegu food week in June, Ito Kenji added."))
                .extracting(Commitment::text).containsExactly("host a Daegu food week in June");
    }

    @Test
    void keepsNoStatementOfWhatWillBe() {
        assertThat(commitments(SIGNING + "Both sides said the products will be sold online.")).isEmpty();
    }
}
