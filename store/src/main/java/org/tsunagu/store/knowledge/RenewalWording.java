package org.tsunagu.store.knowledge;

import java.util.regex.Pattern;

/**
 * Whether a sentence reports an agreement as a renewal, extension or upgrade of an earlier one:
 * "renewed", "re-signed", "extended", "upgraded to", "a new MOU replacing", "for another ten
 * years". Read at the knowledge-base level from the evidence sentence, so the extraction's output
 * keeps its format; a link is made only where an earlier agreement between the same parties exists.
 */
final class RenewalWording {

    private static final Pattern RENEWAL = Pattern.compile("\\b(?:" + String.join("|",
            "renew(?:s|ed|ing|al)?",
            "re-sign(?:s|ed|ing)?",
            "extend(?:s|ed|ing)?", "extension",
            "upgrad(?:e|es|ed|ing)",
            "replac(?:e|es|ed|ing)", "supersed(?:e|es|ed|ing)",
            // "a new MOU", "a new cooperation agreement", "the new memorandum": in lower case, so that
            // "New Delhi signed an agreement" is no renewal
            "(?-i:new\\s+(?:[a-z-]+\\s+){0,3}?)(?:memorand\\w*|mous?|agreements?|accords?|pacts?)",
            // "for another ten years", "for a further five-year term"
            "(?:another|a\\s+further)\\s+(?:\\w+[\\s-]+)?(?:years?|terms?)") + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private RenewalWording() {
    }

    static boolean readsAsRenewal(String sentence) {
        return RENEWAL.matcher(sentence).find();
    }
}
