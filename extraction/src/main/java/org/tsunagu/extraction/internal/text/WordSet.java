package org.tsunagu.extraction.internal.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable set of words that turns most absent words away by one bit of their hash, before
 * looking into its hash table: nearly every token looked up is absent, and the bit is read from the
 * hash the string keeps and a few words of memory that stay in the cache.
 */
final class WordSet extends AbstractSet<String> {

    /** Bits per word: about one absent word in eight passes the filter. */
    private static final int BITS_PER_WORD = 8;

    private final Set<String> words;
    private final long[] filter;
    private final int mask;

    WordSet(Collection<String> words) {
        this.words = Collections.unmodifiableSet(new HashSet<>(words));
        int bits = Math.max(64, Integer.highestOneBit(this.words.size() * BITS_PER_WORD) << 1);
        this.filter = new long[bits / 64];
        this.mask = bits - 1;
        for (String word : this.words) {
            int bit = bit(word);
            filter[bit >>> 6] |= 1L << bit;
        }
    }

    private int bit(String word) {
        int hash = word.hashCode();
        return (hash ^ hash >>> 16) & mask;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String word)) {
            return false;
        }
        int bit = bit(word);
        return (filter[bit >>> 6] & 1L << bit) != 0 && words.contains(word);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
