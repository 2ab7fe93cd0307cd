package org.tsunagu.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the bytes of a text file without ever guessing silently: UTF-16 only with its
 * byte-order mark, otherwise strict UTF-8, and windows-1252 only when the bytes are not UTF-8 but
 * are clean windows-1252 text (older Western news exports). Anything else is refused rather than
 * turned into replacement characters that would then be read as words.
 */
final class TextDecoder {

    static final String WINDOWS_1252_WARNING = "not valid UTF-8; decoded as windows-1252";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Above this share of control characters the file is data, not prose. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** Decoded text and what was assumed to get it. */
    record Decoded(String text, List<String> warnings) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws UnreadableFile {
        Optional<Charset> utf16 = utf16ByBom(bytes);
        if (utf16.isPresent()) {
            String text = strictly(bytes, utf16.get())
                    .orElseThrow(() -> new UnreadableFile("not valid UTF-16 despite its byte-order mark"));
            return new Decoded(refuseBinary(text), List.of());
        }
        if (hasNulByte(bytes)) {
            throw new UnreadableFile("binary file, not text");
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            String text = utf8.get();
            // Java keeps a UTF-8 byte-order mark as a character; it is not part of the article.
            return new Decoded(refuseBinary(text.startsWith("\uFEFF") ? text.substring(1) : text), List.of());
        }
        Optional<String> cp1252 = windows1252Text(bytes);
        if (cp1252.isPresent()) {
            return new Decoded(cp1252.get(), List.of(WINDOWS_1252_WARNING));
        }
        if (looksBinary(new String(bytes, StandardCharsets.ISO_8859_1))) {
            throw new UnreadableFile("binary file, not text");
        }
        throw new UnreadableFile("not valid UTF-8, nor windows-1252 text");
    }

    /** The bytes as windows-1252, when they decode without an undefined byte and read as text. */
    static Optional<String> windows1252Text(byte[] bytes) {
        return strictly(bytes, WINDOWS_1252).filter(text -> !looksBinary(text));
    }

    static boolean isUtf8(byte[] bytes) {
        return strictly(bytes, StandardCharsets.UTF_8).isPresent();
    }

    static boolean hasNulByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> utf16ByBom(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        return Optional.empty();
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String refuseBinary(String text) throws UnreadableFile {
        if (looksBinary(text)) {
            throw new UnreadableFile("binary file, not text");
        }
        return text;
    }

    /**
     * NUL, or more C0 control characters than any prose has (tabs, line and page breaks
     * excepted). C1 controls are not counted: they mean text in an unexpected encoding, not data.
     */
    private static boolean looksBinary(String text) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > text.length() * MAX_CONTROL_SHARE;
    }
}
