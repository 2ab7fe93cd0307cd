package org.tsunagu.model.document;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of an article whose facts are not read: extraction understands English only, so
 * an article known to be in another language is stored and searchable, but reading it for facts
 * would only find noise. An article of unknown language is still read: most of them are English
 * files that do not say so.
 */
public record UnreadLanguage(String code) {

    /** The one language extraction reads. */
    public static final String READ = "en";

    public static Optional<UnreadLanguage> of(DocumentInfo info) {
        return info.language().filter(code -> !code.equals(READ)).map(UnreadLanguage::new);
    }

    /** "Japanese" for "ja"; the code itself when Java knows no name for it. */
    public static String nameOf(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    public String name() {
        return nameOf(code);
    }

    /** What pages and the API say instead of facts. */
    public String notice() {
        return "No facts were read: this article is in " + name() + "; Tsunagu reads English articles.";
    }
}
