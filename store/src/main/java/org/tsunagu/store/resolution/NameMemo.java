package org.tsunagu.store.resolution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a function of a name gave, kept for the next time: the same names recur from document to
 * document, and cleaning them with regular expressions showed in the ingest profile. Holds a
 * bounded number of names and starts over when full. Safe to share between threads.
 */
final class NameMemo<V> {

    private static final int MAX_NAMES = 50_000;

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final Function<String, V> function;

    NameMemo(Function<String, V> function) {
        this.function = function;
    }

    V of(String name) {
        V value = values.get(name);
        if (value == null) {
            value = function.apply(name);
            if (values.size() >= MAX_NAMES) {
                values.clear();
            }
            values.put(name, value);
        }
        return value;
    }
}
