package org.tsunagu.model.document;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tsunagu.model.time.PartialDate;

/**
 * Who published an article and when, as far as its file says: the headline, the outlet (site,
 * paper or agency), the address it was published at, its language (an ISO 639-1 code such as
 * {@code en} or {@code vi}) and the publication date. Every part is optional: a bare text file may
 * give none. Values are trimmed, single-spaced and stripped of invisible controls, since they come
 * from pages written by others.
 */
public record DocumentInfo(Optional<String> title, Optional<String> outlet, Optional<String> url,
        Optional<String> language, Optional<PartialDate> published) {

    public static final DocumentInfo NONE =
            new DocumentInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Long enough for any headline or outlet name; a longer value is a page's text, not its metadata. */
    private static final int MAX_CHARS = 500;
    private static final int MAX_URL_CHARS = 2000;
    private static final Pattern CONTROLS_AND_BLANKS =
            Pattern.compile("[\\s\\x00-\\x1F\\x7F-\\x9F\\u00A0\\u200B\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public DocumentInfo {
        title = clean(title, MAX_CHARS);
        outlet = clean(outlet, MAX_CHARS);
        url = clean(url, MAX_URL_CHARS);
        language = clean(language, MAX_CHARS).map(DocumentInfo::primaryLanguage).filter(l -> LANGUAGE.matcher(l).matches());
        Objects.requireNonNull(published, "published");
    }

    public DocumentInfo withTitle(String value) {
        return new DocumentInfo(Optional.ofNullable(value), outlet, url, language, published);
    }

    public DocumentInfo withOutlet(String value) {
        return new DocumentInfo(title, Optional.ofNullable(value), url, language, published);
    }

    public DocumentInfo withUrl(String value) {
        return new DocumentInfo(title, outlet, Optional.ofNullable(value), language, published);
    }

    public DocumentInfo withLanguage(String value) {
        return new DocumentInfo(title, outlet, url, Optional.ofNullable(value), published);
    }

    public DocumentInfo withPublished(PartialDate value) {
        return new DocumentInfo(title, outlet, url, language, Optional.ofNullable(value));
    }

    /** This information, each missing part taken from {@code fallback}. */
    public DocumentInfo or(DocumentInfo fallback) {
        return new DocumentInfo(title.or(fallback::title), outlet.or(fallback::outlet), url.or(fallback::url),
                language.or(fallback::language), published.or(fallback::published));
    }

    /** The address when it is one a browser may follow from our pages: http or https, nothing else. */
    public Optional<String> webAddress() {
        return url.filter(DocumentInfo::isWebAddress);
    }

    private static boolean isWebAddress(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && address.length() > "https://".length()
                && address.chars().noneMatch(c -> c == '"' || c == '<' || c == '>' || c == '\\' || c == '`');
    }

    private static Optional<String> clean(Optional<String> value, int maxChars) {
        return Objects.requireNonNull(value, "value")
                .map(v -> (isClean(v) ? v : CONTROLS_AND_BLANKS.matcher(v).replaceAll(" ")).strip())
                .filter(v -> !v.isEmpty() && v.length() <= maxChars);
    }

    /**
     * Whether {@link #CONTROLS_AND_BLANKS} would leave the value as it is: no blank but single
     * spaces, no control or invisible character. Every value read back from the store was cleaned
     * when stored, and a review page builds thousands of these: the expression's replacement copied
     * each value and was a tenth of that page's processor time.
     */
    private static boolean isClean(String value) {
        boolean afterSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean invisible = c < ' ' || (c >= '\u007F' && c <= '\u00A0') || c == '\u200B'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
            if (invisible || (c == ' ' && afterSpace)) {
                return false;
            }
            afterSpace = c == ' ';
        }
        return true;
    }

    /** "en-GB", "vi_VN", "EN" are all "en": pages say which English, lists only need which language. */
    private static String primaryLanguage(String tag) {
        return tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
