package org.tsunagu.store.partner;

import java.util.regex.Pattern;
import org.tsunagu.store.text.Folding;

/**
 * The key interests are matched on: the folded words without the words that only say "a sector"
 * ("the tourism sector", "tourism industry" and "tourism" are one interest).
 */
public final class InterestKeys {

    private static final Pattern LEADING = Pattern.compile("^(the|a|an) ");
    private static final Pattern SECTOR_WORDS = Pattern.compile(" (sector|sectors|industry|industries|field|fields)$");

    private InterestKeys() {
    }

    public static String of(String words) {
        String folded = Folding.fold(words).strip();
        folded = LEADING.matcher(folded).replaceFirst("");
        String bare = SECTOR_WORDS.matcher(folded).replaceFirst("");
        return bare.isEmpty() ? folded : bare;
    }
}
