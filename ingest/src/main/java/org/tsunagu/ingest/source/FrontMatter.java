package org.tsunagu.ingest.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.document.DocumentInfo;

/**
 * A block of {@code key: value} lines between {@code ---} lines at the very top of a Markdown or
 * text file, as static-site generators and scrapers write it. Only flat {@code key: value} lines
 * are read (a YAML parser is not on the classpath, and the keys that matter are flat); nested or
 * list lines inside the block are skipped. The block opens only when its first line is such a
 * pair, so a text that merely starts with a rule keeps its text.
 *
 * <p>The block is metadata, not article: the caller drops it from the text, so two copies of an
 * article that differ only in their front matter have one text and one content hash.
 */
record FrontMatter(int bodyStart, DocumentInfo info) {

    static final int MAX_LINES = 100;
    private static final Pattern PAIR = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:\\s*(.*?)\\s*");
    private static final Pattern QUOTED = Pattern.compile("([\"'])(.*)\\1");
    /** A comment after a value, when a space precedes it: "#" inside an address is part of it. */
    private static final Pattern COMMENT = Pattern.compile("\\s+#.*");

    static final FrontMatter NONE = new FrontMatter(0, DocumentInfo.NONE);

    /** The front matter opening {@code lines}, or {@link #NONE} when they open with none. */
    static FrontMatter of(List<String> lines) {
        if (lines.size() < 3 || !lines.get(0).strip().equals("---") || !PAIR.matcher(lines.get(1).strip()).matches()) {
            return NONE;
        }
        DocumentInfo info = DocumentInfo.NONE;
        for (int i = 1; i < Math.min(lines.size(), MAX_LINES); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return new FrontMatter(i + 1, info);
            }
            Matcher pair = PAIR.matcher(line);
            if (pair.matches()) {
                info = with(info, pair.group(1).toLowerCase(Locale.ROOT), value(pair.group(2)));
            }
        }
        return NONE;
    }

    /** The first value given for each part wins, so "source:" after "outlet:" does not replace it. */
    private static DocumentInfo with(DocumentInfo info, String key, String value) {
        if (value.isEmpty()) {
            return info;
        }
        return switch (key) {
            case "title", "headline" -> info.title().isPresent() ? info : info.withTitle(value);
            case "outlet", "source", "publisher", "site" -> info.outlet().isPresent() ? info : info.withOutlet(value);
            case "url", "link", "canonical" -> info.url().isPresent() ? info : info.withUrl(value);
            case "language", "lang" -> info.language().isPresent() ? info : info.withLanguage(value);
            case "date", "published", "pubdate" -> info.published().isPresent() ? info
                    : DateText.parse(value).map(info::withPublished).orElse(info);
            default -> info;
        };
    }

    private static String value(String raw) {
        Matcher quoted = QUOTED.matcher(raw);
        if (quoted.matches()) {
            return quoted.group(2).strip();
        }
        return COMMENT.matcher(raw).replaceFirst("").strip();
    }
}
