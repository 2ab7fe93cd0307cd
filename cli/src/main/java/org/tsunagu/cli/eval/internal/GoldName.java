package org.tsunagu.cli.eval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gold name and the spellings it accepts, each as folded words: the {@code |} alternatives, and
 * for an alternative "Long Name (ACR)" also "Long Name" and "ACR".
 */
public record GoldName(List<Set<String>> alternatives) {

    private static final Pattern BRACKETED = Pattern.compile("\\s*\\(([^()]+)\\)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** How many words a predicted name may add to a gold spelling it contains ("Governor of X" for "X"). */
    private static final int EXTRA_WORDS = 2;

    public GoldName {
        alternatives = List.copyOf(alternatives);
    }

    public static GoldName of(String gold) {
        List<Set<String>> alternatives = new ArrayList<>();
        for (String alternative : gold.split("\\|", -1)) {
            alternatives.add(NameFolding.tokens(alternative));
            Matcher bracket = BRACKETED.matcher(alternative);
            if (bracket.find()) {
                alternatives.add(NameFolding.tokens(alternative.substring(0, bracket.start()) + " "
                        + alternative.substring(bracket.end())));
                alternatives.add(NameFolding.tokens(bracket.group(1)));
            }
        }
        alternatives.removeIf(Set::isEmpty);
        return new GoldName(alternatives);
    }

    /**
     * Whether a predicted name is one of the spellings: the same words in any order (so a person's
     * family name may come first or last), or all of a spelling's words and at most two more.
     */
    public boolean matchedBy(String predicted) {
        Set<String> words = NameFolding.tokens(predicted);
        if (words.isEmpty()) {
            return false;
        }
        return alternatives.stream().anyMatch(spelling ->
                words.containsAll(spelling) && words.size() - spelling.size() <= EXTRA_WORDS);
    }
}
