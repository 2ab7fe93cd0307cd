package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class DateAgreementTest {

    @Test
    void comparesAtTheGoldsPrecision() {
        assertThat(DateAgreement.atGoldPrecision(date("2013-10"), date("2013-10-31"))).isTrue();
        assertThat(DateAgreement.atGoldPrecision(date("2013"), date("2013-02"))).isTrue();
        assertThat(DateAgreement.atGoldPrecision(date("2013-10"), date("2013-11-01"))).isFalse();
    }

    @Test
    void rejectsAPredictionLessPreciseThanTheGold() {
        assertThat(DateAgreement.atGoldPrecision(date("2013-10-31"), date("2013-10"))).isFalse();
    }

    @Test
    void unknownGoldDateAcceptsAnyPrediction() {
        assertThat(DateAgreement.atGoldPrecision(unknown(), date("2020-01-01"))).isTrue();
        assertThat(DateAgreement.atGoldPrecision(unknown(), unknown())).isTrue();
    }

    @Test
    void unknownPredictionNeverMatchesAKnownGoldDate() {
        assertThat(DateAgreement.atGoldPrecision(date("2013"), unknown())).isFalse();
    }

    @Test
    void eventDateMayFallAnywhereWithinTheGoldSpan() {
        assertThat(DateAgreement.withinSpan(date("2024-09-24"), date("2024-09-27"), date("2024-09-26"))).isTrue();
        assertThat(DateAgreement.withinSpan(date("2024-09-24"), date("2024-09-27"), date("2024-09-27"))).isTrue();
        assertThat(DateAgreement.withinSpan(date("2024-09-24"), date("2024-09-27"), date("2024-09-28"))).isFalse();
        assertThat(DateAgreement.withinSpan(date("2024-09-24"), date("2024-09-27"), date("2024-09-23"))).isFalse();
    }

    @Test
    void comparesTheSpansEndAtItsOwnPrecision() {
        assertThat(DateAgreement.withinSpan(date("2024-09-24"), date("2024-10"), date("2024-10-15"))).isTrue();
    }

    private static FieldValue date(String iso) {
        return new FieldValue(JsonNodeFactory.instance.textNode(iso));
    }

    private static FieldValue unknown() {
        return new FieldValue(JsonNodeFactory.instance.nullNode());
    }
}
