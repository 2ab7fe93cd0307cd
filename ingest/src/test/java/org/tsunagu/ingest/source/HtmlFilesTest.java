package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.ingest.source.SourceFiles.document;
import static org.tsunagu.ingest.source.SourceFiles.read;
import static org.tsunagu.ingest.source.SourceFiles.reason;
import static org.tsunagu.ingest.source.SourceFiles.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.time.PartialDate;

class HtmlFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheArticleOfASavedNewsPageWithoutTheSiteAroundIt() {
        Document document = document(write(dir, "port-deal.html", resource("news-page.html")));

        assertThat(document.text()).isEqualTo("""
                Japan and Vietnam sign port deal

                HAI PHONG — Japan and Vietnam signed a memorandum of understanding on Monday to expand the Lach Huyen port.

                The agreement covers a second container terminal.
                Work starts in 2025.

                Financing

                JICA loan
                Private investors""");
        assertThat(document.text()).doesNotContain("SCRIPT", "STYLE", "NAV", "ASIDE", "FORM", "NOSCRIPT", "FOOTER",
                "Harbour Times", "teaser");
        assertThat(document.published()).contains(PartialDate.ofDay(2024, 3, 5));
        assertThat(document.name()).isEqualTo("port-deal");
    }

    @Test
    void readsThePublicationDateFromATimeElementWhenNoMetaGivesIt() {
        String page = "<article><h1>Deal</h1><p>Posted <time datetime=\"2023-11-20T08:00Z\">Monday</time>.</p>"
                + "<p>Signed.</p></article>";

        assertThat(document(write(dir, "time.html", page)).published()).contains(PartialDate.ofDay(2023, 11, 20));
    }

    @Test
    void readsTheDateFromNamedMetaTags() {
        String page = "<html><head><meta name=\"DC.date\" content=\"2022/07/01\"></head><body><p>Text.</p></body></html>";

        assertThat(document(write(dir, "dc.html", page)).published()).contains(PartialDate.ofDay(2022, 7, 1));
    }

    @Test
    void leavesThePublicationDateEmptyWhenThePageGivesNone() {
        assertThat(document(write(dir, "undated.html", "<p>Undated.</p>")).published()).isEmpty();
    }

    @Test
    void putsTheTitleElementFirstWhenThereIsNoHeading() {
        String page = "<html><head><title>Korea invests in Binh Duong</title></head><body><p>Samsung expands.</p></body></html>";

        assertThat(document(write(dir, "title.htm", page)).text()).isEqualTo("Korea invests in Binh Duong\n\nSamsung expands.");
    }

    @Test
    void keepsBlocksApartAndInlineElementsTogether() {
        String page = "<body><div>Line one</div><div>Line two</div><p>Viet<b>nam</b> and <i>Japan</i>"
                + " signed.</p><p>Next<br>line</p><table><tr><td>JICA</td><td>70%</td></tr>"
                + "<tr><td>ADB</td><td>30%</td></tr></table><pre>  kept\n    as is</pre></body>";

        assertThat(document(write(dir, "blocks.html", page)).text()).isEqualTo(
                "Line one\nLine two\n\nVietnam and Japan signed.\n\nNext\nline\n\nJICA  70%\nADB  30%\n\n  kept\n    as is");
    }

    @Test
    void prefersMainToTheRestOfTheBody() {
        String page = "<body><div class=\"menu\">Menu links</div><main><p>The real story.</p></main>"
                + "<div>Cookie notice</div></body>";

        assertThat(document(write(dir, "main.html", page)).text()).isEqualTo("The real story.");
    }

    @Test
    void readsTheCharsetFromTheMetaTag() {
        String page = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>日本とベトナムが港湾協定に署名</p></body></html>";

        Document document = document(write(dir, "sjis.html", page.getBytes(Charset.forName("Shift_JIS"))));

        assertThat(document.text()).isEqualTo("日本とベトナムが港湾協定に署名");
    }

    @Test
    void fallsBackToWindows1252WhenThePageDeclaresNoCharsetAndIsNotUtf8() {
        byte[] page = "<p>Société Générale finances a €40m plant.</p>".getBytes(Charset.forName("windows-1252"));

        ReadResult.Read result = read(write(dir, "legacy.html", page));

        assertThat(result.document().text()).isEqualTo("Société Générale finances a €40m plant.");
        assertThat(result.warnings()).containsExactly("not valid UTF-8; decoded as windows-1252");
    }

    @Test
    void refusesAPageWithNoArticleText() {
        String page = "<html><head><title>Home</title><script>var x = 1;</script></head>"
                + "<body><nav>Home | World</nav><footer>Copyright</footer></body></html>";

        assertThat(reason(write(dir, "shell.html", page))).isEqualTo("HTML page has no article text");
    }

    @Test
    void refusesABinaryFileNamedHtml() {
        assertThat(reason(write(dir, "fake.html", new byte[] {'<', 'p', '>', 0, 0, 1}))).isEqualTo("binary file, not text");
    }

    private static byte[] resource(String name) {
        try (InputStream in = HtmlFilesTest.class.getResourceAsStream("/source/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
