package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.ingest.source.SourceFiles.document;
import static org.tsunagu.ingest.source.SourceFiles.read;
import static org.tsunagu.ingest.source.SourceFiles.reason;
import static org.tsunagu.ingest.source.SourceFiles.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.time.PartialDate;

class MarkdownFilesTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheWordsAndDropsTheMarkup() {
        String markdown = """
                # Japan and Vietnam sign port deal ##

                **Hai Phong**, _5 March_ — Japan and *Vietnam* signed a [memorandum](https://example.com/mou "MoU")
                to expand the ~~old~~ `Lach Huyen` port. ![Port at dawn](img/port.jpg)

                > The deal covers a **second** terminal.

                - JICA loan
                * Private investors
                1. Phase one
                - [x] Signed

                Financing
                ---------

                | Partner | Share |
                |---------|------:|
                | JICA    | 70%   |

                ***

                See [the ministry][mof] and <https://mof.gov.vn>.

                [mof]: https://mof.gov.vn/news
                """;

        assertThat(document(write(dir, "deal.md", markdown)).text()).isEqualTo("""
                Japan and Vietnam sign port deal

                Hai Phong, 5 March — Japan and Vietnam signed a memorandum
                to expand the old Lach Huyen port.

                The deal covers a second terminal.

                JICA loan
                Private investors
                Phase one
                Signed

                Financing

                Partner  Share
                JICA  70%

                See the ministry and https://mof.gov.vn.""");
    }

    @Test
    void keepsFencedCodeAsText() {
        String markdown = """
                Tariff table:

                ```text
                **HS 8703**  5%  [not a link](x)
                ```
                After.
                """;

        assertThat(document(write(dir, "code.md", markdown)).text())
                .isEqualTo("Tariff table:\n\n**HS 8703**  5%  [not a link](x)\nAfter.");
    }

    @Test
    void leavesUnderscoresInWordsAndLoneAsterisksAlone() {
        String line = "The file_name_here shows 2 * 3 * 4 = 24 and snake_case_words.";

        assertThat(document(write(dir, "plain.md", line)).text()).isEqualTo(line);
    }

    @Test
    void readsThePublicationDateFromFrontMatterAndDropsIt() {
        String markdown = """
                ---
                title: "Port deal"
                date: 2024-03-05T09:30:00+07:00
                tags: [ports, japan]
                ---
                Japan and Vietnam signed.
                """;

        Document document = document(write(dir, "front.markdown", markdown));

        assertThat(document.text()).isEqualTo("Japan and Vietnam signed.");
        assertThat(document.published()).contains(PartialDate.ofDay(2024, 3, 5));
    }

    @Test
    void keepsALeadingRuleThatOpensNoFrontMatter() {
        assertThat(document(write(dir, "rule.md", "---\nJust text after a rule.\n")).text())
                .isEqualTo("Just text after a rule.");
    }

    // 9-10 s with other builds running on 2 cores; quadratic matching of these 240,000 characters would take
    // hours, so a generous limit still fails on the regression and not on a busy machine.
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void readsLinesFullOfUnmatchedMarkersInLinearTime() {
        StringBuilder markdown = new StringBuilder();
        for (String marker : List.of("*a ", "**a ", "_a ", "[a ", "![a ", "~~a ", "`a ", "|a ")) {
            markdown.append(marker.repeat(30_000)).append('\n');
        }

        assertThat(document(write(dir, "markers.md", markdown.toString())).text()).hasSizeGreaterThan(500_000);
    }

    @Test
    void refusesMarkdownWithOnlyMarkup() {
        assertThat(reason(write(dir, "image-only.md", "![chart](chart.png)\n\n---\n"))).isEqualTo("Markdown file has no text");
    }

    @Test
    void decodesMarkdownLikeTextWithTheSameFallback() {
        byte[] bytes = "# Zürich\n\nA **Swiss** fund.".getBytes(Charset.forName("windows-1252"));

        ReadResult.Read result = read(write(dir, "zurich.md", bytes));

        assertThat(result.document().text()).isEqualTo("Zürich\n\nA Swiss fund.");
        assertThat(result.warnings()).containsExactly("not valid UTF-8; decoded as windows-1252");
    }
}
