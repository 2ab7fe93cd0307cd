package org.tsunagu.ingest.source;

import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tsunagu.model.time.PartialDate;

/**
 * PDF files, through their text layer. A scan without one is refused with a pointer to OCR
 * rather than read as an empty article, so that the user learns which files need it.
 */
final class PdfReader implements FormatReader {

    static final String NO_TEXT_LAYER = "PDF has no text layer (scanned image?); run OCR first";
    private static final String DAMAGED = "PDF is damaged or not a PDF: ";

    @Override
    public Extracted read(byte[] bytes) throws UnreadableFile {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.codePoints().noneMatch(Character::isLetter)) {
                throw new UnreadableFile(NO_TEXT_LAYER);
            }
            return new Extracted(text, created(pdf), List.of());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFile("PDF is encrypted and needs a password");
        } catch (IOException e) {
            throw new UnreadableFile(DAMAGED + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // PDFBox reports some damaged structures as unchecked exceptions.
            throw new UnreadableFile(DAMAGED + firstLine(e.getMessage()));
        }
    }

    /**
     * The creation date of the file: for a PDF saved by the publisher this is the publication
     * day, which is better than nothing; a later step may prefer a date in the text.
     */
    private static Optional<PartialDate> created(PDDocument pdf) {
        Calendar created = pdf.getDocumentInformation().getCreationDate();
        if (created == null) {
            return Optional.empty();
        }
        return PartialDate.tryParse(String.format(Locale.ROOT, "%04d-%02d-%02d", created.get(Calendar.YEAR),
                created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH)));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
