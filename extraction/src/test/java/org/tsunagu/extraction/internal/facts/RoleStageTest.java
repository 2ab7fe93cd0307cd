package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Role;

class RoleStageTest {

    @Test
    void readsTheTitleAPlaceOwnsAfterAName() {
        assertThat(facts("The speakers were Anil Menon, Kerala's Minister for Industries, and Ito Jun, mayor of Kochi.",
                Role.class)).anySatisfy(r -> {
                    assertThat(r.person().name()).isEqualTo("Anil Menon");
                    assertThat(r.title()).isEqualTo("Minister");
                    assertThat(r.org().orElseThrow().name()).isEqualTo("Kerala");
                });
    }

    @Test
    void readsTheTitleBeforeAnOrganisationWhoseNameHoldsAnd() {
        assertThat(facts("The mayor met Director of the Hai Phong Department of Industry and Trade Pham Van Long.",
                Role.class)).anySatisfy(r -> {
                    assertThat(r.person().name()).isEqualTo("Pham Van Long");
                    assertThat(r.title()).isEqualTo("Director");
                    assertThat(r.org().orElseThrow().name()).isEqualTo("Hai Phong Department of Industry and Trade");
                });
    }

    @Test
    void givesACounterpartNoTitleOfAnotherGuest() {
        assertThat(facts("Guests included Wu Lei, president of Foshan Ceramics. Vice Governor Huang Min of Guangdong met "
                + "Kobe officials. Huang and his Hyogo counterpart, Sato Ken, signed the memorandum.", Role.class))
                .noneMatch(r -> r.person().name().equals("Sato Ken") && r.title().equals("President"));
    }
}
