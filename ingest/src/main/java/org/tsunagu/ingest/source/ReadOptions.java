package org.tsunagu.ingest.source;

/**
 * Limits that keep one odd file from exhausting memory or swamping extraction: a file larger than
 * {@code maxFileBytes} is not opened, and an article whose extracted text is longer than
 * {@code maxTextChars} is refused (no news article is two million characters long; such text is a
 * book, a data dump or an extraction gone wrong).
 */
public record ReadOptions(long maxFileBytes, int maxTextChars) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;

    public ReadOptions {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_CHARS);
    }

    public ReadOptions withMaxFileBytes(long bytes) {
        return new ReadOptions(bytes, maxTextChars);
    }

    public ReadOptions withMaxTextChars(int chars) {
        return new ReadOptions(maxFileBytes, chars);
    }
}
