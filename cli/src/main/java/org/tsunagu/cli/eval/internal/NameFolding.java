package org.tsunagu.cli.eval.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A name as the set of words it is compared by: accents removed ("Đà Nẵng" is "da nang"), lower
 * case, punctuation as a word break, and the words that do not tell names apart dropped.
 */
public final class NameFolding {

    /**
     * "The" and "of" tell no names apart. An apostrophe breaks words like any punctuation, so
     * "Japan's" gives "japan" and the possessive "s", and the "s" is dropped: a name with the
     * possessive still contains the name without it. "japans" is the same possessive typed
     * without its apostrophe.
     */
    private static final Set<String> DROPPED = Set.of("the", "of", "s", "japans");
    private static final Normalizer2 DECOMPOSITION = Normalizer2.getNFKDInstance();

    private NameFolding() {
    }

    public static Set<String> tokens(String name) {
        String lower = withoutAccents(name).toLowerCase(Locale.ROOT);
        Set<String> tokens = new HashSet<>();
        StringBuilder token = new StringBuilder();
        lower.codePoints().forEach(c -> {
            if (isWordCharacter(c)) {
                token.appendCodePoint(c);
            } else {
                addToken(tokens, token);
            }
        });
        addToken(tokens, token);
        return tokens;
    }

    /** Compatibility decomposition without its combining marks; Vietnamese đ has none, so it is mapped. */
    private static String withoutAccents(String name) {
        StringBuilder kept = new StringBuilder();
        DECOMPOSITION.normalize(name).codePoints()
                .filter(c -> UCharacter.getCombiningClass(c) == 0)
                .map(c -> c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isWordCharacter(int c) {
        int category = UCharacter.getType(c);
        return UCharacter.isLetter(c) || c == '_'
                || category == ECharacterCategory.DECIMAL_DIGIT_NUMBER
                || category == ECharacterCategory.LETTER_NUMBER
                || category == ECharacterCategory.OTHER_NUMBER;
    }

    private static void addToken(Set<String> tokens, StringBuilder token) {
        if (!token.isEmpty() && !DROPPED.contains(token.toString())) {
            tokens.add(token.toString());
        }
        token.setLength(0);
    }
}
