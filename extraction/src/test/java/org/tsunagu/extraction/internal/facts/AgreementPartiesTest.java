package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;

class AgreementPartiesTest {

    private static List<String> agreements(String text) {
        return facts(text, Agreement.class).stream().map(a -> a.kind() + " " + a.parties().stream().map(EntityRef::name)
                .sorted().toList()).toList();
    }

    @Test
    void readsTheAgencyWithItsAcronymAfterADatelineAndAnOpeningDate() {
        assertThat(agreements("Columbus, OH \u2013 On May 10th, 2016, Korea Trade Promotion Agency (TRADEX), signed a "
                + "memorandum of understanding (MOU) with the Ohio Office of Export Development (OOED)."))
                .containsExactly("MOU [Korea Trade Promotion Agency, Ohio Office of Export Development]");
    }

    @Test
    void readsACityHallSigningForItsCityWithTheCapitalOfACountry() {
        assertThat(agreements("The Porto Lindo city hall inked a partnership agreement with the Chilean capital of "
                + "Vallenar on Monday.")).containsExactly("COOPERATION_AGREEMENT [Porto Lindo, Vallenar]");
    }

    @Test
    void takesNoPartnerFromARelativeClauseAfterTheDocument() {
        assertThat(agreements("TRADEX and Ohio signed a memorandum of understanding, the agency's first one with the U.S., "
                + "to deepen trade ties.")).containsExactly("MOU [Ohio, TRADEX]");
    }

    @Test
    void readsARetellingWithThePlaceForItsOfficeAsTheSameAgreement() {
        assertThat(agreements("On May 10th, 2016, Korea Trade Promotion Agency (TRADEX) signed a memorandum of "
                + "understanding with the Ohio Office of Export Development. \"Korea Trade Promotion Agency and Ohio signed "
                + "a memorandum of understanding, our first one with the U.S.,\" the chairman said."))
                .containsExactly("MOU [Korea Trade Promotion Agency, Ohio Office of Export Development]");
    }
}
