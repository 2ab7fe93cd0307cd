package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityType;

class ShoutedNamesTest {

    @Test
    void writesAPlaceOrPersonInCapitalsAsANameIsWritten() {
        assertThat(ShoutedNames.asWritten(EntityType.PLACE, "MUNICH")).isEqualTo("Munich");
        assertThat(ShoutedNames.asWritten(EntityType.PLACE, "CEBU CITY")).isEqualTo("Cebu City");
        assertThat(ShoutedNames.asWritten(EntityType.PLACE, "XI'AN")).isEqualTo("Xi'an");
        assertThat(ShoutedNames.asWritten(EntityType.PERSON, "OKADA RIE")).isEqualTo("Okada Rie");
    }

    @Test
    void keepsAcronymsAndMixedCaseAsTheyAre() {
        assertThat(ShoutedNames.asWritten(EntityType.PLACE, "UAE")).isEqualTo("UAE");
        assertThat(ShoutedNames.asWritten(EntityType.PLACE, "HCMC")).isEqualTo("HCMC");
        assertThat(ShoutedNames.asWritten(EntityType.ORGANISATION, "KOTRA")).isEqualTo("KOTRA");
        assertThat(ShoutedNames.asWritten(EntityType.PERSON, "KUROSAWA Tadahiko")).isEqualTo("KUROSAWA Tadahiko");
    }
}
