package org.tsunagu.store.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đà Nẵng | da nang",
            "  DA \t NANG\u00A0 | da nang",
            "Hà Nội | ha noi",
            "Thừa Thiên Huế | thua thien hue",
            "São Paulo | sao paulo",
            "Łódź | lodz",
            "Straße | strasse",
            "東京都 | 東京都",
    })
    void foldsCaseDiacriticsAndSpaces(String name, String folded) {
        assertThat(Folding.fold(name)).isEqualTo(folded);
    }
}
