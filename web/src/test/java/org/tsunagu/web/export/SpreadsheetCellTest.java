package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+81 6 1234", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void prefixesWhatASpreadsheetWouldRun(String value) {
        assertThat(SpreadsheetCell.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "JETRO", "0.90", "Đà Nẵng", "a=b", " =1", "'quoted"})
    void leavesOtherTextAlone(String value) {
        assertThat(SpreadsheetCell.text(value)).isEqualTo(value);
    }
}
