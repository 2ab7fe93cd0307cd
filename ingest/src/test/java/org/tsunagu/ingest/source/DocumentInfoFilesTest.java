package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.ingest.source.SourceFiles.document;
import static org.tsunagu.ingest.source.SourceFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/** Who published an article and when, read from real files of each format. */
class DocumentInfoFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsHeadlineOutletAddressLanguageAndDateFromAPagesHead() {
        String page = """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <title>Port city signs ferry pact | Coastline Gazette</title>
                <meta property="og:title" content="Port city signs ferry pact with island prefecture">
                <meta property="og:site_name" content="Coastline Gazette">
                <meta property="og:url" content="https://gazette.example/og-address">
                <link rel="canonical" href="https://gazette.example/news/ferry-pact">
                <meta property="article:published_time" content="2025-04-02T08:00:00+09:00">
                </head>
                <body><article><h1>Port city signs ferry pact</h1><p>The two sides signed a pact.</p></article></body>
                </html>
                """;

        DocumentInfo info = document(write(dir, "ferry.html", page)).info();

        assertThat(info).isEqualTo(new DocumentInfo(Optional.of("Port city signs ferry pact with island prefecture"),
                Optional.of("Coastline Gazette"), Optional.of("https://gazette.example/news/ferry-pact"),
                Optional.of("en"), Optional.of(PartialDate.ofDay(2025, 4, 2))));
    }

    @Test
    void namesTheSiteInThePageTitleAsOutletWhenThePageHasNoSiteName() {
        String page = """
                <html><head><title>Tea growers meet buyers | Valley Farm News</title>
                <meta name="date" content="2024-11-05"></head>
                <body><main><h1>Tea growers meet buyers in the valley</h1><p>Growers met buyers.</p></main></body></html>
                """;

        DocumentInfo info = document(write(dir, "tea.html", page)).info();

        assertThat(info.title()).contains("Tea growers meet buyers in the valley");
        assertThat(info.outlet()).contains("Valley Farm News");
        assertThat(info.published()).contains(PartialDate.ofDay(2024, 11, 5));
    }

    @Test
    void readsFrontMatterOfAMarkdownFileAndKeepsItOutOfTheText() {
        String markdown = """
                ---
                title: "Harbour towns renew friendship"
                source: Northern Coast Weekly
                url: https://coast.example/a/17
                language: en
                published: 2025-03-03
                tags:
                  - ports
                ---
                # Harbour towns renew friendship

                The two harbour towns renewed their friendship agreement.
                """;

        Document document = document(write(dir, "harbour.md", markdown));

        assertThat(document.info()).isEqualTo(new DocumentInfo(Optional.of("Harbour towns renew friendship"),
                Optional.of("Northern Coast Weekly"), Optional.of("https://coast.example/a/17"), Optional.of("en"),
                Optional.of(PartialDate.ofDay(2025, 3, 3))));
        assertThat(document.text()).startsWith("Harbour towns renew friendship\n\nThe two harbour towns");
    }

    @Test
    void readsFrontMatterOfATextFileAndKeepsItOutOfTheText() {
        String text = """
                ---
                title: Mountain province hosts trade mission
                outlet: Highland Courier
                url: https://courier.example/trade-mission
                date: 2024-07-19
                language: vi
                ---
                Mountain province hosts trade mission

                A trade mission from the plains arrived on Friday.
                """;

        Document document = document(write(dir, "mission.txt", text));

        assertThat(document.info()).isEqualTo(new DocumentInfo(Optional.of("Mountain province hosts trade mission"),
                Optional.of("Highland Courier"), Optional.of("https://courier.example/trade-mission"), Optional.of("vi"),
                Optional.of(PartialDate.ofDay(2024, 7, 19))));
        assertThat(document.text()).isEqualTo("Mountain province hosts trade mission\n\n"
                + "A trade mission from the plains arrived on Friday.");
    }

    @Test
    void givesTwoCopiesDifferingOnlyInFrontMatterOneText() {
        String story = "Lake towns sign water pact\n\nThe lake towns signed a water pact on Monday.\n";
        Document first = document(write(dir, "first.txt", "---\noutlet: Lake Post\n---\n" + story));
        Document second = document(write(dir, "second.txt", "---\noutlet: Shore Daily\nurl: https://shore.example/1\n---\n" + story));

        assertThat(first.contentHash()).isEqualTo(second.contentHash());
        assertThat(first.info().outlet()).contains("Lake Post");
        assertThat(second.info().outlet()).contains("Shore Daily");
    }

    @Test
    void takesHeadlineAndOutletFromTheTextWhenTheFileSaysNothing() {
        String text = """
                River delta signs rice trade deal with northern prefecture

                CAN GIO, March 3, 2025 (Delta Morning Post) -- The river delta province signed a rice trade deal with a
                northern prefecture on Monday, officials said. The deal covers exports for three years.
                """;

        DocumentInfo info = document(write(dir, "rice.txt", text)).info();

        assertThat(info.title()).contains("River delta signs rice trade deal with northern prefecture");
        assertThat(info.outlet()).contains("Delta Morning Post");
        assertThat(info.language()).contains("en");
        assertThat(info.url()).isEmpty();
    }

    @Test
    void takesTheOutletBesideADateOnAMastheadLine() {
        String text = """
                Lakeside city welcomes delegation from its sister city

                Lakeside City Portal | 14/02/2025 10:30

                The mayor of the lakeside city welcomed a delegation from its sister city on Thursday.
                """;

        DocumentInfo info = document(write(dir, "portal.txt", text)).info();

        assertThat(info.outlet()).contains("Lakeside City Portal");
    }

    @Test
    void takesNoHeadlineFromALabelOrASentence() {
        assertThat(document(write(dir, "label.txt", "PRESS RELEASE\n\nThe city signed a pact with its partner.\n"))
                .info().title()).isEmpty();
        assertThat(document(write(dir, "sentence.txt", "The city signed a pact with its partner.\n\nIt was the first.\n"))
                .info().title()).isEmpty();
        assertThat(document(write(dir, "masthead.txt", "Harbour Chamber Monthly Letter, May 2025\n\nMembers met.\n"))
                .info().title()).isEmpty();
    }

    @Test
    void guessesTheLanguageFromTheScriptWhenTheFileDoesNotSayIt() {
        assertThat(document(write(dir, "ja.txt", "港町と島の県が交流協定を結んだ。両者は観光で協力する。\n")).info().language())
                .contains("ja");
        assertThat(document(write(dir, "ko.txt", "두 도시는 월요일에 우호 협정을 맺었다.\n")).info().language()).contains("ko");
        assertThat(document(write(dir, "zh.txt", "两市于周一签署了友好合作协议，双方将在旅游领域合作。\n")).info().language())
                .contains("zh");
        assertThat(document(write(dir, "vi.txt", "Hai thành phố đã ký thỏa thuận hợp tác về du lịch và thương mại.\n"))
                .info().language()).contains("vi");
        assertThat(document(write(dir, "id.txt", "Kedua kota menandatangani nota kesepahaman kerja sama pariwisata.\n"))
                .info().language()).isEmpty();
    }

    @Test
    void readsTheTitleAndLanguageAPdfWasSavedWith() throws IOException {
        Path file = dir.resolve("ferry.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("The two ports signed a ferry pact on Monday.");
                content.endText();
            }
            pdf.getDocumentInformation().setTitle("Ports sign ferry pact");
            pdf.getDocumentCatalog().setLanguage("vi-VN");
            pdf.save(file.toFile());
        }

        DocumentInfo info = document(file).info();

        assertThat(info.title()).contains("Ports sign ferry pact");
        assertThat(info.language()).contains("vi");
    }

    @Test
    void keepsAPagesOwnLanguageOverTheGuess() {
        String page = "<html lang=\"vi\"><body><p>The two cities signed a pact on tourism and trade.</p></body></html>";

        assertThat(document(write(dir, "lang.html", page)).info().language()).contains("vi");
    }
}
