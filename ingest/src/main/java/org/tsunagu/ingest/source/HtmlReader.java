package org.tsunagu.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.tsunagu.model.document.DocumentInfo;

/**
 * Saved news pages: the headline, then the article's paragraphs, without the site around them,
 * and who published them and when ({@link HtmlMetadata}).
 * Navigation, headers, footers, asides and scripts are dropped because their words (other
 * headlines, "related: Japan signs ...") would otherwise be read as facts of this article.
 */
final class HtmlReader implements FormatReader {

    private static final String NOT_ARTICLE =
            "script, style, nav, header, footer, aside, form, noscript, iframe, template, svg, [hidden]";

    @Override
    public Extracted read(byte[] bytes) throws UnreadableFile {
        List<String> warnings = new ArrayList<>();
        Document page = parse(bytes, warnings);
        String title = title(page);
        DocumentInfo info = HtmlMetadata.of(page, title);
        page.select(NOT_ARTICLE).remove();
        String body = BlockText.of(articleRoot(page));
        if (body.isBlank()) {
            throw new UnreadableFile("HTML page has no article text");
        }
        boolean titleRepeated = title.isEmpty() || body.startsWith(title);
        return new Extracted(titleRepeated ? body : title + "\n\n" + body, info, warnings);
    }

    /**
     * Lets jsoup take the charset from a byte-order mark or meta tag, UTF-8 otherwise; when a page
     * that declares nothing is not UTF-8, windows-1252 is tried as for text files.
     */
    private static Document parse(byte[] bytes, List<String> warnings) throws UnreadableFile {
        if (TextDecoder.hasNulByte(bytes) && !startsWithUtf16Bom(bytes)) {
            throw new UnreadableFile("binary file, not text");
        }
        Document page = parse(bytes, (String) null);
        if (page.charset().equals(StandardCharsets.UTF_8) && !TextDecoder.isUtf8(bytes)) {
            Optional<String> cp1252 = TextDecoder.windows1252Text(bytes);
            if (cp1252.isPresent()) {
                warnings.add(TextDecoder.WINDOWS_1252_WARNING);
                return Jsoup.parse(cp1252.get());
            }
            warnings.add("not valid UTF-8; undecodable bytes replaced");
        }
        return page;
    }

    private static Document parse(byte[] bytes, String charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static boolean startsWithUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }

    /** The article's own h1 (a site logo can be an h1 too), any h1, or the page title. */
    private static String title(Document page) {
        for (String query : List.of("article h1", "main h1", "h1")) {
            Element h1 = page.selectFirst(query);
            if (h1 != null && !h1.text().isBlank()) {
                return h1.text().strip();
            }
        }
        return page.title().strip();
    }

    /**
     * The element holding the article: the longest {@code <article>} (a page can also list teasers
     * as articles), else {@code <main>}, else the body.
     */
    private static Element articleRoot(Document page) {
        Elements articles = page.select("article");
        Optional<Element> article = articles.size() == 1
                ? Optional.of(articles.first())
                : articles.stream().max(Comparator.comparingInt(candidate -> candidate.text().length()));
        if (article.isPresent() && article.get().hasText()) {
            return article.get();
        }
        Element main = page.selectFirst("main");
        if (main != null && main.hasText()) {
            return main;
        }
        return page.body();
    }
}
