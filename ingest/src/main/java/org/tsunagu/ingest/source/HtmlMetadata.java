package org.tsunagu.ingest.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/**
 * Who published a saved page and when, from its head: Open Graph and article meta, the canonical
 * link, {@code <html lang>} and the {@code <title>}. A title such as "Headline | Site" names the
 * site as the outlet when the page has no {@code og:site_name} and its headline starts with the
 * part before the bar.
 */
final class HtmlMetadata {

    /** Meta names and properties that carry the publication date, most specific first. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "datePublished", "date", "pubdate",
            "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");

    private HtmlMetadata() {
    }

    /** Reads the head of {@code page}; {@code headline} is the article's own heading, or empty. */
    static DocumentInfo of(Document page, String headline) {
        Optional<String> pageTitle = Optional.of(page.title().strip()).filter(t -> !t.isEmpty());
        Optional<String> title = meta(page, "og:title").or(() -> Optional.of(headline).filter(h -> !h.isEmpty()))
                .or(() -> pageTitle);
        Optional<String> outlet = meta(page, "og:site_name")
                .or(() -> pageTitle.flatMap(t -> siteInTitle(t, title.orElse(""))));
        Optional<String> url = link(page, "canonical").or(() -> meta(page, "og:url"));
        Optional<String> language = Optional.ofNullable(page.selectFirst("html"))
                .map(html -> html.attr("lang")).filter(lang -> !lang.isBlank())
                .or(() -> meta(page, "og:locale"));
        return new DocumentInfo(title, outlet, url, language, published(page));
    }

    /** "Headline | Site": the site, when the headline starts with what precedes the last bar or dash. */
    private static Optional<String> siteInTitle(String pageTitle, String headline) {
        Matcher separator = TITLE_SEPARATOR.matcher(pageTitle);
        int before = -1;
        int site = -1;
        while (separator.find()) {
            before = separator.start();
            site = separator.end();
        }
        if (before <= 0) {
            return Optional.empty();
        }
        String rest = pageTitle.substring(0, before).toLowerCase(Locale.ROOT);
        return headline.toLowerCase(Locale.ROOT).startsWith(rest) ? Optional.of(pageTitle.substring(site)) : Optional.empty();
    }

    private static Elements metas(Document page, String name) {
        return page.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    }

    private static Optional<String> meta(Document page, String name) {
        for (Element meta : metas(page, name)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> link(Document page, String rel) {
        Element link = page.selectFirst("link[rel=" + rel + "][href]");
        return link == null ? Optional.empty() : Optional.of(link.attr("href").strip()).filter(h -> !h.isEmpty());
    }

    private static Optional<PartialDate> published(Document page) {
        for (String name : DATE_META) {
            for (Element meta : metas(page, name)) {
                Optional<PartialDate> date = DateText.parse(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (String query : List.of("time[pubdate][datetime]", "article time[datetime]", "main time[datetime]", "time[datetime]")) {
            Element time = page.selectFirst(query);
            if (time != null) {
                Optional<PartialDate> date = DateText.parse(time.attr("datetime"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
