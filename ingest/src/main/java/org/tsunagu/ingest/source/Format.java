package org.tsunagu.ingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats Tsunagu reads, known by their file-name extension. */
enum Format {
    TEXT(new PlainTextReader(), "txt"),
    MARKDOWN(new MarkdownReader(), "md", "markdown"),
    HTML(new HtmlReader(), "html", "htm"),
    PDF(new PdfReader(), "pdf");

    private final FormatReader reader;
    private final List<String> extensions;

    Format(FormatReader reader, String... extensions) {
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    FormatReader reader() {
        return reader;
    }

    static Optional<Format> of(Path file) {
        String extension = extension(file).toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The text after the last dot of the file name, or "" when there is none. */
    static String extension(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    /** The file name without its extension: the document's name. */
    static String baseName(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
