package org.tsunagu.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.tsunagu.extraction.internal.text.Token;

/**
 * A trie over folded token sequences. {@link #longestMatches} scans tokens once and at each
 * position takes the longest entry that starts there, skipping past it: linear in the tokens
 * times the longest entry, with no backtracking. Built once, then read-only and thread-safe.
 */
public final class PhraseMatcher<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        List<V> values;
    }

    private final Node<V> root = new Node<>();
    private int entries;

    /** Adds a phrase given as folded tokens; building is not thread-safe, reading is. */
    public void add(List<String> foldedTokens, V value) {
        if (foldedTokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String token : foldedTokens) {
            node = node.next.computeIfAbsent(token, k -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        node.values.add(value);
        entries++;
    }

    public int size() {
        return entries;
    }

    public record Match<V>(int firstToken, int endToken, List<V> values) {
    }

    /** The longest match starting at {@code start}, or null; {@code allowed} filters token positions. */
    public Match<V> longestAt(List<Token> tokens, int start, int limit, IntPredicate allowed) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < limit && allowed.test(i); i++) {
            node = node.next.get(tokens.get(i).folded());
            if (node == null) {
                break;
            }
            if (node.values != null) {
                best = new Match<>(start, i + 1, node.values);
            }
        }
        return best;
    }

    public List<Match<V>> longestMatches(List<Token> tokens, int from, int to, IntPredicate startAllowed) {
        return scan(from, to, i -> startAllowed.test(i) ? longestAt(tokens, i, to, t -> true) : null);
    }

    /** The matches {@code matchAt} finds over token positions [from, to), each scan going on past the last. */
    static <V> List<Match<V>> scan(int from, int to, IntFunction<Match<V>> matchAt) {
        List<Match<V>> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> match = matchAt.apply(i);
            if (match != null) {
                matches.add(match);
                i = match.endToken();
            } else {
                i++;
            }
        }
        return matches;
    }
}
