package org.tsunagu.store.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
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
            "MOU: Da Nang — Osaka → 2024 | mou: da nang — osaka → 2024",
            "Saga\u2003 PREFECTURE | saga prefecture",
    })
    void foldsCaseDiacriticsAndSpaces(String name, String folded) {
        assertThat(Folding.fold(name)).isEqualTo(folded);
    }

    /** The quick path for plain text must agree with the definition on any mix of characters. */
    @Test
    void foldsAnyTextAsTheDefinitionSays() {
        String[] pieces = {"a", "Z", "q", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u001C", "\u00A0", "\u2003",
            "\u2028", "-", "—", "→", "¥", "•", "’", "東", "が", "\u3099", "한", "\u1100", "é", "É", "e\u0301", "\u0301",
            "đ", "Đ", "ß", "ẞ", "æ", "Œ", "ı", "İ", "Σ", "ΑΣ", "ς", "≠", "Ω", "ﬁ", "😀", "\uD835\uDC00", "\uD800", "0"};
        Random random = new Random(20261123);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(Folding.fold(text.toString())).as("folding %s", text).isEqualTo(Folding.foldWhole(text.toString()));
        }
    }
}
