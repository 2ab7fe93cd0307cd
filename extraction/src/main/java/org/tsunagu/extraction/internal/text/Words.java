package org.tsunagu.extraction.internal.text;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fixed sets and maps of folded words, for the rules' hot path. The rules ask about a hundred
 * "is this word one of ..." questions per token. {@code Set.of} and {@code Map.of} answer each with an
 * integer division and a string comparison at every occupied slot they pass, about 20 ns; a hash
 * set compares stored hashes first and answers in about 5 ns.
 */
public final class Words {

    private Words() {
    }

    /** An unmodifiable set of these words; like {@code Set.of}, a word given twice is a mistake. */
    public static Set<String> of(String... words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            if (!set.add(word)) {
                throw new IllegalArgumentException("duplicate word: " + word);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    public static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** An unmodifiable copy of a map keyed by words, such as one built with {@code Map.ofEntries}. */
    public static <V> Map<String, V> keyed(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
