package org.tsunagu.ingest.source;

/**
 * Turns the bytes of one file of a known format into article text. Implementations keep no
 * state between files, so one instance serves every file and every thread.
 */
interface FormatReader {

    /**
     * @throws UnreadableFile when the bytes hold no article text, with the reason in a user's
     *     words; any other failure is a bug in the reader, reported as such by the caller
     */
    Extracted read(byte[] bytes) throws UnreadableFile;

    /**
     * Reads as {@link #read(byte[])}, for a reader that can stop early once the text is longer
     * than {@code maxTextChars}, which the caller refuses anyway; others read everything.
     */
    default Extracted read(byte[] bytes, int maxTextChars) throws UnreadableFile {
        return read(bytes);
    }
}
