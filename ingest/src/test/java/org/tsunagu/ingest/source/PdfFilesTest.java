package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.ingest.source.SourceFiles.document;
import static org.tsunagu.ingest.source.SourceFiles.reason;
import static org.tsunagu.ingest.source.SourceFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.time.PartialDate;

class PdfFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTextLayerAndTheCreationDate() throws IOException {
        Path file = dir.resolve("press-release.pdf");
        try (PDDocument pdf = pdfWithText("Japan and Vietnam sign port deal", "JICA will lend 70 percent.")) {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            created.clear();
            created.set(2024, Calendar.MARCH, 5, 9, 30);
            pdf.getDocumentInformation().setCreationDate(created);
            pdf.save(file.toFile());
        }

        Document document = document(file);

        assertThat(document.text()).isEqualTo("Japan and Vietnam sign port deal\nJICA will lend 70 percent.");
        assertThat(document.published()).contains(PartialDate.ofDay(2024, 3, 5));
        assertThat(document.name()).isEqualTo("press-release");
    }

    @Test
    void stopsReadingAManyPagePdfOnceItsTextPassesTheLimit() throws IOException {
        Path file = dir.resolve("ledger.pdf");
        String line = "Row of a ledger that no news article would hold, repeated on every page.";
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < 3_000; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }

        String reason = reason(file, ReadOptions.defaults().withMaxTextChars(20 * line.length()));

        assertThat(reason).isEqualTo("PDF text is longer than the limit of 1,440 characters (stopped reading at page 20 of 3,000)");
    }

    @Test
    void refusesAPdfWithoutATextLayer() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(72, 72, 300, 400);
                content.fill();
            }
            pdf.save(file.toFile());
        }

        assertThat(reason(file)).isEqualTo("PDF has no text layer (scanned image?); run OCR first");
    }

    @Test
    void refusesAPdfThatNeedsAPassword() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument pdf = pdfWithText("Confidential terms.")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }

        assertThat(reason(file)).isEqualTo("PDF is encrypted and needs a password");
    }

    @Test
    void refusesADamagedPdfWithTheReason() throws IOException {
        Path file = dir.resolve("truncated.pdf");
        try (PDDocument pdf = pdfWithText("Cut short.")) {
            pdf.save(file.toFile());
        }
        byte[] whole = Files.readAllBytes(file);
        write(dir, "truncated.pdf", Arrays.copyOf(whole, 40));

        assertThat(reason(file)).startsWith("PDF is damaged or not a PDF: ");
        assertThat(reason(write(dir, "not-a.pdf", "This is a text file renamed."))).startsWith("PDF is damaged or not a PDF: ");
    }

    private static PDDocument pdfWithText(String... lines) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(16);
            content.newLineAtOffset(72, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return pdf;
    }
}
