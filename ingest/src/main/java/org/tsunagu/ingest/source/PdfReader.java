package org.tsunagu.ingest.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/**
 * PDF files, through their text layer. A scan without one is refused with a pointer to OCR
 * rather than read as an empty article, so that the user learns which files need it.
 */
final class PdfReader implements FormatReader {

    static final String NO_TEXT_LAYER = "PDF has no text layer (scanned image?); run OCR first";
    private static final String DAMAGED = "PDF is damaged or not a PDF: ";
    private static final long STREAMS_IN_MEMORY = 64L * 1024 * 1024;

    @Override
    public Extracted read(byte[] bytes) throws UnreadableFile {
        return read(bytes, Integer.MAX_VALUE);
    }

    /**
     * Reads page by page and stops once the text passes {@code maxTextChars}: a small file of
     * thousands of pages otherwise took gigabytes before its text was refused. Decoded streams
     * beyond {@link #STREAMS_IN_MEMORY} go to a temporary file rather than the heap.
     */
    @Override
    public Extracted read(byte[] bytes, int maxTextChars) throws UnreadableFile {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMixed(STREAMS_IN_MEMORY).streamCache)) {
            StringWriter text = new StringWriter();
            BoundedStripper stripper = new BoundedStripper(text, maxTextChars);
            try {
                stripper.writeText(pdf, text);
            } catch (TextLimitReached e) {
                throw new UnreadableFile(String.format(Locale.ROOT,
                        "PDF text is longer than the limit of %,d characters (stopped reading at page %,d of %,d)",
                        maxTextChars, stripper.pagesRead(), pdf.getNumberOfPages()));
            }
            if (text.toString().codePoints().noneMatch(Character::isLetter)) {
                throw new UnreadableFile(NO_TEXT_LAYER);
            }
            return new Extracted(text.toString(), info(pdf), List.of());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFile("PDF is encrypted and needs a password");
        } catch (IOException e) {
            throw new UnreadableFile(DAMAGED + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // PDFBox reports some damaged structures as unchecked exceptions.
            throw new UnreadableFile(DAMAGED + firstLine(e.getMessage()));
        }
    }

    /** Strips the text and stops after the page that takes it past the limit. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final StringWriter text;
        private final int limit;
        private int pagesRead;

        BoundedStripper(StringWriter text, int limit) {
            this.text = text;
            this.limit = limit;
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            pagesRead++;
            if (text.getBuffer().length() > limit) {
                throw new TextLimitReached();
            }
        }

        int pagesRead() {
            return pagesRead;
        }
    }

    /** Thrown through PDFBox's page loop to end it. */
    private static final class TextLimitReached extends IOException {
        TextLimitReached() {
            super("text limit reached");
        }
    }

    /**
     * The document information's title and the catalogue's language, as the publisher's tool wrote
     * them; the author is a person or a program more often than an outlet, so it is not read.
     */
    private static DocumentInfo info(PDDocument pdf) {
        DocumentInfo info = new DocumentInfo(Optional.ofNullable(pdf.getDocumentInformation().getTitle()), Optional.empty(),
                Optional.empty(), Optional.ofNullable(pdf.getDocumentCatalog().getLanguage()), Optional.empty());
        return created(pdf).map(info::withPublished).orElse(info);
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
