package org.tsunagu.web.review;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/**
 * An article pasted into the upload form, with the title, outlet, address and date the person gave
 * for it, as typed: {@link #problems()} says what is wrong with them, {@link #info()} is what the
 * document will carry. Every field but the text may be left empty.
 */
public record PastedArticle(String text, String title, String outlet, String url, String date) {

    /** The longest title or outlet {@link DocumentInfo} keeps. */
    static final int MAX_NAME_CHARS = 500;
    private static final int MAX_URL_CHARS = 2000;
    private static final int MAX_DOCUMENT_NAME_CHARS = 80;
    private static final int EARLIEST_YEAR = 1900;

    public static final PastedArticle EMPTY = new PastedArticle("", "", "", "", "");

    public PastedArticle {
        text = text == null ? "" : text;
        title = title == null ? "" : title.strip();
        outlet = outlet == null ? "" : outlet.strip();
        url = url == null ? "" : url.strip();
        date = date == null ? "" : date.strip();
    }

    static PastedArticle of(Context ctx) {
        return new PastedArticle(ctx.formParam("text"), ctx.formParam("title"), ctx.formParam("outlet"),
                ctx.formParam("url"), ctx.formParam("date"));
    }

    /** What must be corrected before the article can be stored, in words for the form; empty when nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add("Paste the article's text.");
        }
        if (title.length() > MAX_NAME_CHARS) {
            problems.add("A title has at most " + MAX_NAME_CHARS + " characters.");
        }
        if (outlet.length() > MAX_NAME_CHARS) {
            problems.add("An outlet's name has at most " + MAX_NAME_CHARS + " characters.");
        }
        if (!url.isEmpty() && !isWebAddress(url)) {
            problems.add("The address must be a web address starting with http:// or https://.");
        }
        if (!date.isEmpty()) {
            Optional<PartialDate> published = PartialDate.tryParse(date);
            if (published.isEmpty() || published.get().year() < EARLIEST_YEAR) {
                problems.add("The date must be a day as YYYY-MM-DD (or a month, YYYY-MM, or a year).");
            } else if (published.get().firstDay().isAfter(today())) {
                problems.add("The date " + date + " is in the future.");
            }
        }
        return problems;
    }

    /** What the person said of the article; parts left empty are taken from the text's clues when read. */
    DocumentInfo info() {
        return new DocumentInfo(given(title), given(outlet), given(url), Optional.empty(),
                PartialDate.tryParse(date));
    }

    /** The document's short name: its title in lower case with dashes, or "pasted-article" without one. */
    String name() {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_DOCUMENT_NAME_CHARS) {
            slug = slug.substring(0, MAX_DOCUMENT_NAME_CHARS).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "pasted-article" : slug;
    }

    private static Optional<String> given(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static boolean isWebAddress(String value) {
        if (value.length() > MAX_URL_CHARS) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && DocumentInfo.NONE.withUrl(value).webAddress().isPresent();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A day ahead of UTC: an article from Asia is dated tomorrow while it is still today in Europe. */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }
}
