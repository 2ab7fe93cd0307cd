package org.tsunagu.ingest.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown files: keeps the words and drops the markup, line by line. A full CommonMark parser
 * is not needed for this: extraction reads sentences, so a stray marker costs little, while a
 * line-based pass cannot lose text on input a parser would reject. Fenced code is kept verbatim
 * (it can quote figures); images are dropped (their alt text is rarely a sentence); a front
 * matter block is dropped after its title, outlet, address, language and date are read.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");

    /** Whole lines that carry no words: rules, setext underlines, table rulers, link definitions. */
    private static final Pattern NO_WORDS = Pattern.compile(
            "\\s{0,3}(?:([-*_])(?:\\s*\\1){2,}|=+|-+|\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)+\\|?|\\[[^\\]]+\\]:\\s+\\S.*)\\s*");

    /** Markers at the start of a line, in the order they nest: quote, heading, list item with its task box. */
    private static final List<Replacement> LINE_START = List.of(
            new Replacement("^\\s{0,3}(?:>\\s?)+", ""),
            new Replacement("^\\s{0,3}#{1,6}(?:\\s+|$)(.*?)(?:\\s+#+)?\\s*$", "$1"),
            new Replacement("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?", ""));

    /**
     * Inline markup; images before links, strong before emphasis, escapes last. Spans are bounded
     * (no emphasis or link text runs for 300 characters) so that a line full of unmatched
     * markers costs linear time rather than quadratic.
     */
    private static final List<Replacement> INLINE = List.of(
            new Replacement("!\\[[^\\]]{0,300}\\](?:\\([^)]{0,2000}\\)|\\[[^\\]]{0,300}\\])", ""),
            new Replacement("\\[([^\\]]{1,300})\\](?:\\([^)]{0,2000}\\)|\\[[^\\]]{0,300}\\])", "$1"),
            new Replacement("<((?:https?|ftp|mailto):[^>\\s]{1,2000})>", "$1"),
            new Replacement("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,2000})?/?>", ""),
            new Replacement("`{1,3}([^`]{1,300}?)`{1,3}", "$1"),
            new Replacement("\\*\\*(?=\\S)(.{1,300}?)(?<=\\S)\\*\\*", "$1"),
            new Replacement("(?<!\\w)__(?=\\S)(.{1,300}?)(?<=\\S)__(?!\\w)", "$1"),
            new Replacement("(?<![\\w*\\\\])\\*(?=[^\\s*])(.{1,300}?)(?<=[^\\s*\\\\])\\*(?![\\w*])", "$1"),
            new Replacement("(?<![\\w_\\\\])_(?=[^\\s_])(.{1,300}?)(?<=[^\\s_\\\\])_(?![\\w_])", "$1"),
            new Replacement("~~(?=\\S)(.{1,300}?)(?<=\\S)~~", "$1"),
            new Replacement("^\\s{0,50}\\|\\s{0,50}|\\s{0,50}\\|\\s{0,50}$", ""),
            new Replacement("\\s{0,50}(?<!\\\\)\\|\\s{0,50}", "  "),
            new Replacement("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])", "$1"));

    private record Replacement(Pattern pattern, String with) {
        Replacement(String regex, String with) {
            this(Pattern.compile(regex), with);
        }

        String apply(String line) {
            return pattern.matcher(line).replaceAll(with);
        }
    }

    @Override
    public Extracted read(byte[] bytes) throws UnreadableFile {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        List<String> lines = decoded.text().lines().toList();
        FrontMatter frontMatter = FrontMatter.of(lines);
        int body = frontMatter.bodyStart();
        StringBuilder text = new StringBuilder(decoded.text().length());
        boolean inFence = false;
        for (String line : lines.subList(body, lines.size())) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                text.append(line).append('\n');
            } else if (!NO_WORDS.matcher(line).matches()) {
                text.append(words(line)).append('\n');
            }
        }
        // Dropped images and tags can leave runs of empty lines; one blank line ends a paragraph.
        String words = BLANK_LINES.matcher(text).replaceAll("\n\n");
        if (words.isBlank()) {
            throw new UnreadableFile("Markdown file has no text");
        }
        return new Extracted(words, frontMatter.info(), decoded.warnings());
    }

    private static String words(String line) {
        String result = line;
        for (Replacement replacement : LINE_START) {
            result = replacement.apply(result);
        }
        for (Replacement replacement : INLINE) {
            result = replacement.apply(result);
        }
        return result;
    }
}
