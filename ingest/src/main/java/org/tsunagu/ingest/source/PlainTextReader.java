package org.tsunagu.ingest.source;

import java.util.Optional;

/** Plain text files: the decoded text is the article. */
final class PlainTextReader implements FormatReader {

    @Override
    public Extracted read(byte[] bytes) throws UnreadableFile {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new UnreadableFile("file has only whitespace");
        }
        return new Extracted(decoded.text(), Optional.empty(), decoded.warnings());
    }
}
