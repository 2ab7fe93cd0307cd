package org.tsunagu.ingest.source;

/**
 * Plain text files: the decoded text is the article, less a front matter block at its top, which
 * gives the article's metadata instead.
 */
final class PlainTextReader implements FormatReader {

    @Override
    public Extracted read(byte[] bytes) throws UnreadableFile {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        FrontMatter frontMatter = FrontMatter.of(decoded.text().lines().limit(FrontMatter.MAX_LINES).toList());
        String text = frontMatter.bodyStart() == 0 ? decoded.text()
                : String.join("\n", decoded.text().lines().skip(frontMatter.bodyStart()).toList());
        if (text.isBlank()) {
            throw new UnreadableFile("file has only whitespace");
        }
        return new Extracted(text, frontMatter.info(), decoded.warnings());
    }
}
