package org.tsunagu.web.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorridorFigureTest {

    @Test
    void writesRanksAsOrdinals() {
        assertThat(CorridorFigure.ordinal(1)).isEqualTo("1st");
        assertThat(CorridorFigure.ordinal(2)).isEqualTo("2nd");
        assertThat(CorridorFigure.ordinal(3)).isEqualTo("3rd");
        assertThat(CorridorFigure.ordinal(4)).isEqualTo("4th");
        assertThat(CorridorFigure.ordinal(11)).isEqualTo("11th");
        assertThat(CorridorFigure.ordinal(12)).isEqualTo("12th");
        assertThat(CorridorFigure.ordinal(22)).isEqualTo("22nd");
        assertThat(CorridorFigure.ordinal(113)).isEqualTo("113th");
    }
}
