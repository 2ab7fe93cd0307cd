package org.tsunagu.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.tsunagu.model.document.Document;

/**
 * Reads one file into a {@link ReadResult}: the checks every format shares (exists, is a file,
 * is not empty, is within the size limit), then the format's reader, then the text limit.
 */
final class FileReading {

    private static final long MB = 1024L * 1024;

    private final ReadOptions options;

    FileReading(ReadOptions options) {
        this.options = options;
    }

    ReadResult read(Path path, Format format) {
        try {
            Extracted extracted = format.reader().read(bytes(path), options.maxTextChars());
            Document document = Document.of(Format.baseName(path), path.toString(), extracted.text());
            if (document.text().isEmpty()) {
                throw new UnreadableFile("file has only whitespace");
            }
            if (document.text().length() > options.maxTextChars()) {
                throw new UnreadableFile(String.format(Locale.ROOT, "article text is %,d characters, above the limit of %,d",
                        document.text().length(), options.maxTextChars()));
            }
            document = document.withInfo(extracted.info().or(TextClues.in(document.text())));
            return new ReadResult.Read(path, document, extracted.warnings());
        } catch (UnreadableFile e) {
            return new ReadResult.Unreadable(path, e.reason());
        } catch (RuntimeException e) {
            // A parser bug on one odd file must not stop a run over thousands.
            return new ReadResult.Unreadable(path, "could not be read (" + e + ")");
        }
    }

    private byte[] bytes(Path path) throws UnreadableFile {
        try {
            BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
            if (!file.isRegularFile()) {
                throw new UnreadableFile("not a regular file");
            }
            refuseSize(file.size());
            // The size is checked again on the bytes read: the file may have grown meanwhile.
            byte[] bytes = Files.readAllBytes(path);
            refuseSize(bytes.length);
            return bytes;
        } catch (IOException e) {
            throw new UnreadableFile(UnreadableFile.reasonFor(e));
        }
    }

    private void refuseSize(long size) throws UnreadableFile {
        if (size == 0) {
            throw new UnreadableFile("empty file");
        }
        if (size > options.maxFileBytes()) {
            throw new UnreadableFile("file is " + size(size, false) + ", above the "
                    + size(options.maxFileBytes(), true) + " limit");
        }
    }

    /** Sizes in the unit a user thinks in; a limit is shown without a useless ".0". */
    static String size(long bytes, boolean trimWhole) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes < MB ? bytes / 1024.0 : (double) bytes / MB;
        String unit = bytes < MB ? "KB" : "MB";
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (trimWhole && number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + unit;
    }
}
