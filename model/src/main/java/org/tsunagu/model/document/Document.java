package org.tsunagu.model.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tsunagu.model.time.PartialDate;

/**
 * An article as Tsunagu reads it: its normalised text, a short name (the file name without its
 * extension), where it came from, and who published it and when as far as the file says.
 * The text never changes after construction; every later layer refers to it by offsets.
 */
public record Document(String name, String source, String text, DocumentInfo info) {

    private static final Pattern TRAILING_BLANKS = Pattern.compile("(?<![ \\t\\u00A0])[ \\t\\u00A0]+\n");
    /**
     * Characters no article shows but that change how the rest is shown: control characters other
     * than tab, line and page breaks, and the direction embeddings, overrides and isolates with which a
     * name can be made to read backwards (U+202E) on every page and export.
     */
    private static final Pattern INVISIBLE_CONTROLS =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    public Document {
        name = INVISIBLE_CONTROLS.matcher(Objects.requireNonNull(name, "name")).replaceAll("");
        source = INVISIBLE_CONTROLS.matcher(Objects.requireNonNull(source, "source")).replaceAll("");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(info, "info");
    }

    /** Builds a document from raw text, normalising it first so that equal articles hash equally. */
    public static Document of(String name, String source, String rawText) {
        return new Document(name, source, normalise(rawText), DocumentInfo.NONE);
    }

    /** The publication date the file's metadata gives. */
    public Optional<PartialDate> published() {
        return info.published();
    }

    public Document withPublished(PartialDate date) {
        return withInfo(info.withPublished(date));
    }

    public Document withInfo(DocumentInfo value) {
        return new Document(name, source, text, value);
    }

    /**
     * NFC, Unix line endings, no trailing spaces on lines, no byte-order mark and no invisible
     * controls: the forms that differ between copies of one article without changing a word of it.
     */
    public static String normalise(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = INVISIBLE_CONTROLS.matcher(text).replaceAll("");
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // The look-behind starts each match at the first blank of a run; without it the regex
        // engine retries from every blank of a long run and takes quadratic time.
        text = TRAILING_BLANKS.matcher(text).replaceAll("\n");
        return text.strip();
    }

    /** SHA-256 of the normalised text, in hex: the document's identity in the store. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
