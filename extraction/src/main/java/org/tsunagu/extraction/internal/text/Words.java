package org.tsunagu.extraction.internal.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists that the stages look every token up in. */
public final class Words {

    private Words() {
    }

    /**
     * An unmodifiable set to look tokens up in. {@code Set.of} finds a slot by integer division and
     * then compares strings slot by slot; with every token looked up in dozens of such lists, that
     * was a quarter of the extraction time. A {@link WordSet} turns most absent words away at once.
     */
    public static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    public static Set<String> copyOf(Collection<String> words) {
        return new WordSet(words);
    }

    /** An unmodifiable map from words, hashed rather than probed like {@code Map.of}, for the same reason. */
    public static <V> Map<String, V> map(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
