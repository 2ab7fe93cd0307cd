package org.tsunagu.extraction.internal.lexicon;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.extraction.internal.text.Token;

/**
 * Names in scripts written without spaces or case (Japanese, Chinese), matched against the folded
 * text of adjacent tokens joined, however the word rules cut the text ("群馬県" is one word or
 * "群馬" and "県"). Needs no word rules at load time, unlike {@link PhraseMatcher}. Built once,
 * then read-only and thread-safe.
 */
public final class UnspacedMatcher<V> {

    private final Map<String, List<V>> byName = new HashMap<>();
    private int longest;

    /** True for a name whose first letter has no case, as in the scripts this matcher is for. */
    public static boolean isUnspaced(String name) {
        int first = name.codePointAt(0);
        return Character.isLetter(first) && !UCharacter.hasBinaryProperty(first, UProperty.CASED);
    }

    /** Adds a folded name; building is not thread-safe, reading is. */
    public void add(String foldedName, V value) {
        byName.computeIfAbsent(foldedName, k -> new ArrayList<>(1)).add(value);
        longest = Math.max(longest, foldedName.length());
    }

    /** At each token that starts a caseless word, the longest name that ends at a token's end. */
    public List<PhraseMatcher.Match<V>> longestMatches(List<Token> tokens, int from, int to) {
        return PhraseMatcher.scan(from, to, i -> isUnspaced(tokens.get(i).text()) ? longestAt(tokens, i, to) : null);
    }

    private PhraseMatcher.Match<V> longestAt(List<Token> tokens, int start, int to) {
        StringBuilder joined = new StringBuilder();
        PhraseMatcher.Match<V> best = null;
        for (int end = start; end < to && joined.length() < longest; end++) {
            if (end > start && tokens.get(end).start() != tokens.get(end - 1).end()) {
                break;
            }
            joined.append(tokens.get(end).folded());
            List<V> values = byName.get(joined.toString());
            if (values != null) {
                best = new PhraseMatcher.Match<>(start, end + 1, values);
            }
        }
        return best;
    }
}
