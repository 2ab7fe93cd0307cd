package org.tsunagu.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentInfoTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x",
            "ftp://files.example/a", "https://a.example/\"onmouseover=x"})
    void linksNoAddressButHttpAndHttps(String address) {
        assertThat(DocumentInfo.NONE.withUrl(address).webAddress()).isEmpty();
    }

    @Test
    void linksAnHttpOrHttpsAddress() {
        assertThat(DocumentInfo.NONE.withUrl("https://news.example/a?b=1#c").webAddress()).contains("https://news.example/a?b=1#c");
        assertThat(DocumentInfo.NONE.withUrl("HTTP://news.example/a").webAddress()).contains("HTTP://news.example/a");
    }

    @Test
    void keepsOneLineWithoutInvisibleControlsForEachValue() {
        DocumentInfo info = DocumentInfo.NONE.withTitle("  Harbour\n  towns\u202E renew\tties ").withOutlet("   ");

        assertThat(info.title()).contains("Harbour towns renew ties");
        assertThat(info.outlet()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour  towns", "Harbour\u00A0towns", "\u3000Harbour towns\u2003", "Harbour\u200B towns",
            "Harbour \u2067towns", "\uFEFFHarbour towns", "Harbour\u0085towns"})
    void collapsesEveryRunOfBlanksAndInvisiblesIntoOneSpace(String title) {
        assertThat(DocumentInfo.NONE.withTitle(title).title()).contains("Harbour towns");
    }

    @Test
    void keepsOnlyThePrimaryLanguageOfATag() {
        assertThat(DocumentInfo.NONE.withLanguage("en-GB").language()).contains("en");
        assertThat(DocumentInfo.NONE.withLanguage("vi_VN").language()).contains("vi");
        assertThat(DocumentInfo.NONE.withLanguage("English please").language()).isEmpty();
    }
}
