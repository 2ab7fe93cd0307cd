package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTest {

    @Test
    void foldsVietnameseDiacritics() {
        assertThat(NameFolding.tokens("Đà Nẵng")).containsExactlyInAnyOrder("da", "nang");
        assertThat(NameFolding.tokens("Thừa Thiên-Huế")).containsExactlyInAnyOrder("thua", "thien", "hue");
    }

    @Test
    void foldsCompatibilityForms() {
        assertThat(NameFolding.tokens("ＫＯＢＥ Ｃｉｔｙ")).containsExactlyInAnyOrder("kobe", "city");
    }

    @Test
    void breaksWordsAtPunctuationAndDropsWordsThatTellNoNamesApart() {
        assertThat(NameFolding.tokens("The Port of Lumen, Inc."))
                .containsExactlyInAnyOrder("port", "lumen", "inc");
        assertThat(NameFolding.tokens("Japan's Aoba Prefecture"))
                .containsExactlyInAnyOrder("japan", "aoba", "prefecture");
    }

    @Test
    void keepsLettersOfOtherScripts() {
        assertThat(NameFolding.tokens("熊本県 と 順化")).containsExactlyInAnyOrder("熊本県", "と", "順化");
    }

    @Test
    void foldsPunctuationOnlyToNothing() {
        assertThat(NameFolding.tokens(" -- ")).isEmpty();
    }
}
