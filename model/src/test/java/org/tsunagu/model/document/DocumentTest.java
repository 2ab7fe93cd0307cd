package org.tsunagu.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void copiesThatDifferOnlyInLineEndingsAndSpacingHashEqually() {
        Document unix = Document.of("a", "a.txt", "Da Nang signs MOU.\nKawasaki (2012).\n");
        Document windows = Document.of("b", "b.txt", "\uFEFFDa Nang signs MOU.  \r\nKawasaki (2012).\r\n\r\n");
        assertThat(windows.text()).isEqualTo(unix.text());
        assertThat(windows.contentHash()).isEqualTo(unix.contentHash()).hasSize(64);
    }

    @Test
    void composesDecomposedVietnameseSoThatOffsetsAreStable() {
        String decomposed = "Đa\u0300 N\u0103\u0303ng";
        assertThat(Document.of("x", "x.txt", decomposed).text()).isEqualTo("Đà Nẵng");
    }

    @Test
    void dropsDirectionOverridesAndControlCharactersFromNameAndText() {
        Document document = Document.of("report\u202Efdp.exe\u001B[31m", "files/report\u202Efdp.exe",
                "Osaka\u202E Prefecture\u2066 signed\u0007 with\tHanoi.\nEnd.");

        assertThat(document.name()).isEqualTo("reportfdp.exe[31m");
        assertThat(document.source()).isEqualTo("files/reportfdp.exe");
        assertThat(document.text()).isEqualTo("Osaka Prefecture signed with\tHanoi.\nEnd.");
    }

    @Test
    void differentWordsHashDifferently() {
        assertThat(Document.of("a", "a", "signed in 2013").contentHash())
                .isNotEqualTo(Document.of("a", "a", "signed in 2014").contentHash());
    }

    @Test
    void normalisesALongRunOfBlanksInLinearTime() {
        String text = "Hue" + " ".repeat(300_000) + "Kobe  \nend";
        assertThat(Document.of("x", "x", text).text()).endsWith("Kobe\nend").hasSize(3 + 300_000 + 8);
    }
}
